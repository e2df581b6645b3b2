package dev.readiness.api;

import java.util.List;

/**
 * Where each resource of a list sits, by id: an open-addressing hash table of positions and hashes
 * in two {@code int} arrays. It answers what a {@code HashMap<ResourceId, Resource>} would, in less
 * memory and without an entry object per resource, and also gives the position, which orders
 * resources by id with one integer comparison.
 */
final class IdIndex {
  /**
   * The ids by position. Reading them here, rather than through each resource, saves a memory
   * access per probe; and an id asked about is usually the very instance stored.
   */
  private final ResourceId[] ids;

  /** Position + 1 of the resource hashed to each slot; 0 for an empty slot. */
  private final int[] slots;

  /** The hash of the id in each slot: a probe passes other ids without reading them. */
  private final int[] hashes;

  private final int mask;
  private final int shift;

  /** Indexes {@code resources}, whose ids must be distinct. */
  IdIndex(List<Resource> resources) {
    this.ids = new ResourceId[resources.size()];
    // At most half full, so that probe sequences stay short.
    int capacity = Integer.highestOneBit(Math.max(2, resources.size()) * 2 - 1) << 1;
    this.slots = new int[capacity];
    this.hashes = new int[capacity];
    this.mask = capacity - 1;
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
    for (int position = 0; position < resources.size(); position++) {
      ids[position] = resources.get(position).id();
      int slot = firstSlot(ids[position]);
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = position + 1;
      hashes[slot] = ids[position].hashCode();
    }
  }

  /** The position of the resource with {@code id}, compared ignoring case; -1 when absent. */
  int positionOf(ResourceId id) {
    int hash = id.hashCode();
    for (int slot = firstSlot(id); slots[slot] != 0; slot = (slot + 1) & mask) {
      int position = slots[slot] - 1;
      if (hashes[slot] == hash && (ids[position] == id || ids[position].equals(id))) {
        return position;
      }
    }
    return -1;
  }

  /**
   * Ids that differ only in a last character ("vm-1", "vm-2") hash to neighbouring values, which
   * would fill runs of neighbouring slots and lengthen every probe: multiplying by the golden ratio
   * scatters them, and the high bits, which the multiplication mixes best, choose the slot.
   */
  private int firstSlot(ResourceId id) {
    return (id.hashCode() * 0x9E3779B9) >>> shift;
  }
}
