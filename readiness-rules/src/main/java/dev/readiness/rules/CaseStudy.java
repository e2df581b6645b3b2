package dev.readiness.rules;

import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The case study bundled with the checklist, as a snapshot in format v1: a SOC sees odd outbound
 * traffic from {@code THA-VM} and cannot investigate, because THA-VM has no guest OS logs, no flow
 * logs on its NSG and no backup or restore point; the storage account where the attacker staged
 * tools ({@code sttoolsstaging}) has no data-plane logs; and the operations workspace keeps logs 30
 * days. Beside each gap sits a well-configured counterpart ({@code APP-VM}, {@code stappdata},
 * {@code kv-app}), and the MFA registration report was denied for want of {@code
 * AuditLog.Read.All}, so the demo shows FAIL and PASS with evidence beside a coverage gap that
 * names the missing permission.
 *
 * <pre>{@code
 * Report report = Engine.builder().addRules(BuiltInRules.all()).build()
 *     .evaluate(CaseStudy.snapshot());
 * }</pre>
 */
public final class CaseStudy {
  /** The class-path resource holding the snapshot. */
  public static final String RESOURCE = "/dev/readiness/rules/case-study.json";

  private CaseStudy() {}

  /** The case-study snapshot, read afresh on every call. */
  public static Snapshot snapshot() {
    try (InputStream in = CaseStudy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The case study " + RESOURCE + " is missing from the class path.");
      }
      return SnapshotReader.read(in, "case-study.json");
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read the case study " + RESOURCE, unreadable);
    }
  }
}
