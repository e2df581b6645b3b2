package dev.readiness.api.fix;

import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a plan fixes, proven by evaluating again: the plan's ARM and Graph changes applied to the
 * snapshot as a deployment would, the same rules run on the result.
 *
 * @param failuresBefore the failures the plan was made from
 * @param changes the ARM and Graph changes applied
 * @param fixedByPlan the failures that are no longer failures afterwards
 * @param stillFailing the failures that remain although no person has to act for them
 * @param needsHuman the ids of the rules whose remaining failures wait for a person's act
 */
public record FixVerification(
    int failuresBefore,
    int changes,
    int fixedByPlan,
    List<Failure> stillFailing,
    List<String> needsHuman) {

  /** Copies the lists. */
  public FixVerification {
    stillFailing = List.copyOf(stillFailing);
    needsHuman = List.copyOf(needsHuman);
  }

  /**
   * A failure that remains.
   *
   * @param ruleId the rule
   * @param resourceId the resource or scope
   */
  public record Failure(String ruleId, String resourceId) {}

  /** Applies {@code plan} to {@code snapshot} and runs {@code engine} again. */
  public static FixVerification of(Engine engine, Snapshot snapshot, FixPlan plan) {
    Snapshot fixed = plan.deployment().apply(snapshot, List.of(plan.asOneFix()));
    Report after = engine.evaluate(fixed);
    int applied = plan.armChanges().size() + plan.graphRequests().size();
    int fixedCount = 0;
    List<Failure> still = new ArrayList<>();
    Set<String> human = new TreeSet<>();
    for (Finding before : plan.failures()) {
      boolean remains =
          after.findings(Status.FAIL).stream()
              .anyMatch(f -> f.ruleId().equals(before.ruleId()) && key(f).equals(key(before)));
      if (!remains) {
        fixedCount++;
      } else if (waitsForAPerson(before)) {
        human.add(before.ruleId());
      } else {
        still.add(new Failure(before.ruleId(), before.target().id().toString()));
      }
    }
    return new FixVerification(
        plan.failures().size(), applied, fixedCount, still, List.copyOf(human));
  }

  /** True when a person must act: the fix has a human step, or the rule's fix is a human act. */
  static boolean waitsForAPerson(Finding failure) {
    return failure.fix().needsHuman()
        || (failure.fix().isEmpty() && failure.remediation().isHumanAct());
  }

  private static String key(Finding finding) {
    return finding.target().id().toString().toLowerCase(Locale.ROOT);
  }
}
