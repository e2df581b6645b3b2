package dev.readiness.rules.support;

import dev.readiness.api.Evidence;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What {@link FlowLogs} found for one network path. */
public final class FlowLogCoverage {
  private final ResourceId subject;
  private final List<Resource> enabled;
  private final List<Resource> disabled;
  private final Optional<String> notCollected;
  private final Retention retention;

  FlowLogCoverage(
      ResourceId subject,
      List<Resource> enabled,
      List<Resource> disabled,
      Optional<String> notCollected,
      Retention retention) {
    this.subject = subject;
    this.enabled = List.copyOf(enabled);
    this.disabled = List.copyOf(disabled);
    this.notCollected = notCollected;
    this.retention = retention;
  }

  /** The enabled flow logs recording the path. */
  public List<Resource> enabled() {
    return enabled;
  }

  /** Why flow logs are unknown, when they were not collected. */
  public Optional<String> unknownReason() {
    return notCollected;
  }

  /** The best retention over the enabled flow logs; unknown when there are none. */
  public Retention retention() {
    return retention;
  }

  /** "no flow log", "flow log 'x' is disabled". */
  public String gapClause() {
    if (!disabled.isEmpty() && enabled.isEmpty()) {
      return "flow log '" + disabled.get(0).name() + "' is disabled";
    }
    return "no NSG or VNet flow log records its traffic";
  }

  /** The values that decided whether a flow log exists. */
  public List<Evidence> evidence() {
    List<Evidence> evidence = new ArrayList<>();
    enabled.forEach(f -> evidence.add(Evidence.of(f.properties().get("enabled"), "true")));
    disabled.forEach(f -> evidence.add(Evidence.of(f.properties().get("enabled"), "true")));
    if (enabled.isEmpty() && disabled.isEmpty()) {
      evidence.add(
          Evidence.absent(
              subject,
              "no flow log targets it, its subnets, virtual network or network interfaces",
              "an enabled NSG or VNet flow log"));
    }
    return evidence;
  }
}
