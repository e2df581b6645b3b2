package dev.readiness.rules.support;

import dev.readiness.api.Evidence;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the parts of one finding that has several requirements: each part passes, fails or
 * cannot be decided, and adds its evidence. The finding fails when any part fails, is UNKNOWN when
 * none fails but some could not be decided, and passes only when every part passed.
 */
public final class Verdict {
  private final List<Evidence> evidence = new ArrayList<>();
  private final List<String> passed = new ArrayList<>();
  private final List<String> failed = new ArrayList<>();
  private final List<String> undecided = new ArrayList<>();
  private final Set<ResourceType> dependsOn = new LinkedHashSet<>();

  /** A part that passed, described as a clause ("soft delete is on"). */
  public Verdict pass(String clause, Evidence... proof) {
    passed.add(clause);
    evidence.addAll(List.of(proof));
    return this;
  }

  /** A part that failed, described as a clause ("purge protection is off"). */
  public Verdict fail(String clause, Evidence... proof) {
    failed.add(clause);
    evidence.addAll(List.of(proof));
    return this;
  }

  /** A part that could not be decided, with the reason. */
  public Verdict unknown(String reason, Evidence... proof) {
    undecided.add(reason);
    evidence.addAll(List.of(proof));
    return this;
  }

  /** Adds a part that passes when {@code ok} and fails otherwise. */
  public Verdict check(boolean ok, String passClause, String failClause, Evidence... proof) {
    return ok ? pass(passClause, proof) : fail(failClause, proof);
  }

  /** The types the outcome depends on (by default every type the rule reads). */
  public Verdict dependsOn(ResourceType... types) {
    dependsOn.addAll(List.of(types));
    return this;
  }

  /** True when some part failed. */
  public boolean hasFailures() {
    return !failed.isEmpty();
  }

  /**
   * Reports the finding: {@code subject} starts every message ("Storage account 'st1'"), followed
   * by the failed, undecided or passed clauses.
   */
  public void report(RuleContext.FindingBuilder finding, String subject) {
    finding.evidence(evidence);
    if (!dependsOn.isEmpty()) {
      finding.dependsOn(dependsOn.toArray(ResourceType[]::new));
    }
    if (!failed.isEmpty()) {
      String message = subject + ": " + Texts.joinClauses(failed) + ".";
      if (!undecided.isEmpty()) {
        message += " The rest could not be decided, because " + Texts.joinClauses(undecided) + ".";
      }
      finding.fail(message);
    } else if (!undecided.isEmpty()) {
      String message = subject + ": cannot decide because " + Texts.joinClauses(undecided) + ".";
      if (!passed.isEmpty()) {
        message += " Otherwise " + Texts.joinClauses(passed) + ".";
      }
      finding.unknown(message);
    } else if (passed.isEmpty()) {
      throw new IllegalStateException("A verdict about '" + subject + "' has no parts.");
    } else {
      finding.pass(subject + ": " + Texts.joinClauses(passed) + ".");
    }
  }
}
