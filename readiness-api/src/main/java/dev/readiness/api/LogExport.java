package dev.readiness.api;

import java.util.List;

/**
 * Where a resource's log categories are exported by its diagnostic settings, as a rule that judges
 * them reports it through {@link Verdict#exports(LogExport)}.
 */
public interface LogExport {
  /** The values that decided the routing: the covering entries, or the settings found. */
  List<Evidence> evidence();

  /** The categories no setting exports to a destination, in the order asked. */
  List<String> uncovered();

  /**
   * The coverage gaps that leave the routing undecided, such as the resource's diagnostic settings
   * failing to collect; empty when the settings are known.
   */
  List<CoverageRecord> gaps();
}
