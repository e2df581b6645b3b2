package dev.readiness.rules.checklist;

import static dev.readiness.rules.checklist.OptionTable.LISTED_ITEMS_LIMIT;
import static dev.readiness.rules.checklist.OptionTable.MANAGEMENT_PORTS;

import java.util.List;

/**
 * What the network security rules read. Each component is the {@link OptionTable} row of the same
 * name, checked by it.
 *
 * @param managementPorts {@link OptionTable#MANAGEMENT_PORTS}
 * @param listedItemsLimit {@link OptionTable#LISTED_ITEMS_LIMIT}
 */
public record NetworkOptions(List<Integer> managementPorts, int listedItemsLimit) {

  /**
   * Checks every component against its row.
   *
   * @throws InvalidOptionException naming the first option whose value is refused
   */
  public NetworkOptions {
    managementPorts = MANAGEMENT_PORTS.accept(managementPorts);
    listedItemsLimit = LISTED_ITEMS_LIMIT.accept(listedItemsLimit);
  }

  /** The network options of {@code options}. */
  static NetworkOptions of(ChecklistOptions options) {
    return new NetworkOptions(options.get(MANAGEMENT_PORTS), options.get(LISTED_ITEMS_LIMIT));
  }
}
