package dev.readiness.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where and when a snapshot was taken.
 *
 * @param tenantId the Entra tenant id; empty when unknown (a snapshot imported from an ARM export
 *     need not name it)
 * @param subscriptions the subscription ids the snapshot was meant to cover, sorted
 * @param cloud the Azure cloud, for example {@code AzureCloud}, {@code AzureChinaCloud}, {@code
 *     AzureUSGovernment}
 * @param capturedAt when collection finished; rules measure ages (of backups, attestations) against
 *     it
 * @param producer the tool that wrote the snapshot
 * @param producerVersion that tool's version
 */
public record SnapshotMetadata(
    Optional<String> tenantId,
    List<String> subscriptions,
    String cloud,
    Instant capturedAt,
    String producer,
    String producerVersion) {

  /**
   * Validates the metadata and sorts the subscriptions.
   *
   * @throws IllegalArgumentException when the tenant id is present but blank
   */
  public SnapshotMetadata {
    Objects.requireNonNull(tenantId, "'tenantId' cannot be null.");
    if (tenantId.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException(
          "'tenantId' is blank; leave it empty when the tenant is unknown.");
    }
    Objects.requireNonNull(cloud, "'cloud' cannot be null.");
    Objects.requireNonNull(capturedAt, "'capturedAt' cannot be null.");
    Objects.requireNonNull(producer, "'producer' cannot be null.");
    Objects.requireNonNull(producerVersion, "'producerVersion' cannot be null.");
    TreeSet<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    sorted.addAll(Objects.requireNonNull(subscriptions, "'subscriptions' cannot be null."));
    subscriptions = List.copyOf(sorted);
  }

  /**
   * Metadata for a snapshot of {@code tenantId} taken at {@code capturedAt} in the public cloud.
   *
   * @throws IllegalArgumentException when {@code tenantId} is blank
   */
  public static SnapshotMetadata of(
      String tenantId, List<String> subscriptions, Instant capturedAt) {
    return new SnapshotMetadata(
        Optional.of(Objects.requireNonNull(tenantId, "'tenantId' cannot be null.")),
        subscriptions,
        "AzureCloud",
        capturedAt,
        "readiness",
        Version.current());
  }

  /**
   * The metadata of two shards taken together: the union of subscriptions and the later capture
   * time.
   *
   * @throws IllegalArgumentException when the shards come from different tenants or clouds
   */
  public SnapshotMetadata merge(SnapshotMetadata other) {
    if (tenantId.isPresent()
        && other.tenantId.isPresent()
        && !tenantId.get().equalsIgnoreCase(other.tenantId.get())) {
      throw new IllegalArgumentException(
          "Cannot merge snapshots of different tenants: '"
              + tenantId.get()
              + "' and '"
              + other.tenantId.get()
              + "'.");
    }
    if (!cloud.equalsIgnoreCase(other.cloud)) {
      throw new IllegalArgumentException(
          "Cannot merge snapshots of different clouds: '" + cloud + "' and '" + other.cloud + "'.");
    }
    List<String> all = new java.util.ArrayList<>(subscriptions);
    all.addAll(other.subscriptions);
    return new SnapshotMetadata(
        tenantId.or(other::tenantId),
        all,
        cloud,
        capturedAt.isAfter(other.capturedAt) ? capturedAt : other.capturedAt,
        producer,
        producerVersion);
  }
}
