package dev.readiness.api;

import java.util.ArrayList;
import java.util.List;

/** Puts one rule's findings in {@link Finding#ORDER}, the order of every report. */
final class FindingOrder {
  private FindingOrder() {}

  /**
   * One rule's findings in {@link Finding#ORDER}. Comparing long ids ignoring case dominated this
   * sort; a target in the snapshot is ordered by its position there instead, which agrees.
   */
  static List<Finding> inReportOrder(List<Finding> findings, Snapshot snapshot) {
    record Placed(Finding finding, int position) {}
    List<Placed> placed = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      placed.add(new Placed(finding, snapshot.position(finding.target().id())));
    }
    placed.sort(
        (a, b) -> {
          int byRule = a.finding().ruleId().compareTo(b.finding().ruleId());
          if (byRule != 0) {
            return byRule;
          }
          int byTarget =
              a.position() >= 0 && b.position() >= 0
                  ? Integer.compare(a.position(), b.position())
                  : a.finding().target().compareTo(b.finding().target());
          return byTarget != 0
              ? byTarget
              : Finding.ORDER_FOR_ONE_TARGET.compare(a.finding(), b.finding());
        });
    List<Finding> sorted = new ArrayList<>(placed.size());
    placed.forEach(p -> sorted.add(p.finding()));
    return sorted;
  }
}
