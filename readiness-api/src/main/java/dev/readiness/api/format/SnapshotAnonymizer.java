package dev.readiness.api.format;

import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.implementation.JacksonAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Makes a snapshot shareable as a fixture: tenant and subscription ids, principal ids, the names of
 * resource groups and resources, the people named in it (user names, e-mail addresses), tag values
 * and the labels that tie parts of a resource together (a data collection rule's destinations) are
 * replaced by keyed pseudonyms wherever they appear: in ids, in compound names such as a backup
 * item's {@code VM;iaasvmcontainerv2;rg-app;APP-VM}, in URLs and in free text. The same input
 * always gives the same pseudonym under the same key, so ids stay parseable and every reference
 * between resources (a VM's NIC, a diagnostic setting's workspace, a role assignment's principal, a
 * data flow's destination) still points at the right thing, and the findings stay the same. Names
 * that carry meaning rather than identity are kept: types, built-in role definitions, Defender plan
 * names, child names such as {@code default} or {@code SigninLogs}, and diagnostic setting names.
 *
 * <p>Immutable and thread-safe.
 */
public final class SnapshotAnonymizer {
  private static final JacksonAccess.Forms JACKSON = JacksonAccess.forms();

  private final byte[] key;

  private SnapshotAnonymizer(byte[] key) {
    this.key = key;
  }

  /**
   * An anonymizer keyed with {@code key}. Keep the key to repeat the same pseudonyms in a later
   * recording; without it nobody can reverse them by guessing inputs.
   *
   * @throws IllegalArgumentException when the key is shorter than 16 bytes
   */
  public static SnapshotAnonymizer withKey(byte[] key) {
    Objects.requireNonNull(key, "'key' cannot be null.");
    if (key.length < 16) {
      throw new IllegalArgumentException(
          "'key' must be at least 16 bytes, not " + key.length + ".");
    }
    return new SnapshotAnonymizer(key.clone());
  }

  /** {@code snapshot} with identities replaced by pseudonyms. */
  public Snapshot anonymize(Snapshot snapshot) {
    Pseudonyms run = new Pseudonyms(key);
    SnapshotMetadata metadata = snapshot.metadata();
    metadata.tenantId().ifPresent(run::sensitiveGuids);
    metadata.subscriptions().forEach(run::sensitiveGuids);
    for (Resource resource : snapshot.resources()) {
      run.learn(resource.id());
      run.learnPrincipals(JACKSON.toJsonNode(resource.root()), resource.id());
    }
    for (CoverageRecord record : snapshot.coverage().records()) {
      run.learn(record.scope());
    }
    run.compile();
    List<String> subscriptions = new ArrayList<>();
    metadata.subscriptions().forEach(s -> subscriptions.add(run.guid(s)));
    Snapshot.Builder out =
        Snapshot.builder(
            new SnapshotMetadata(
                metadata.tenantId().map(run::guid),
                subscriptions,
                metadata.cloud(),
                metadata.capturedAt(),
                metadata.producer(),
                metadata.producerVersion()));
    for (Resource resource : snapshot.resources()) {
      out.add(JACKSON.resource(run.rewrite(JACKSON.toJsonNode(resource))));
    }
    for (CoverageRecord record : snapshot.coverage().records()) {
      out.coverage(
          new CoverageRecord(
              ResourceId.parse(run.text(record.scope().toString())),
              record.type(),
              record.status(),
              record.httpStatus(),
              record.permission(),
              record.request() == null ? null : run.text(record.request()),
              record.message() == null ? null : run.text(record.message())));
    }
    return out.build();
  }
}
