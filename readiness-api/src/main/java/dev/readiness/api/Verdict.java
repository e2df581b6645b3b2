package dev.readiness.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The way a rule reports one finding: the parts of the judgement, each passing, failing or
 * undecided with its evidence, ended by {@link #report()}. The finding fails when any part fails,
 * is UNKNOWN when none fails but some could not be decided, and passes only when every part passed.
 *
 * <p>Started by {@link RuleContext#verdict(Resource, String)} with the subject's label, the message
 * reads "Key vault 'kv-prod': purge protection is off and soft delete is off." Started without a
 * label ({@link RuleContext#verdict(Resource)}), each part is a whole sentence that names its
 * subject itself ("Key vault 'kv-prod' keeps no AuditEvent logs."), and the message is the
 * sentences of the deciding parts. A verdict that is started and never reported becomes an ERROR
 * finding naming the rule and the target, so a finding cannot be lost in silence.
 *
 * <pre>{@code
 * context.verdict(vault, "Key vault '" + vault.name() + "'")
 *     .check(purgeProtection, "purge protection is on", "purge protection is off", proof)
 *     .because("a deleted vault and its keys could be purged before anyone looks")
 *     .report();
 * }</pre>
 */
public final class Verdict {
  private final RuleContext.FindingBuilder finding;
  private final String subject;
  private final List<Evidence> evidence = new ArrayList<>();
  private final List<String> passed = new ArrayList<>();
  private final List<String> failed = new ArrayList<>();
  private final List<String> undecided = new ArrayList<>();
  private final List<String> attestable = new ArrayList<>();
  private final Set<ResourceType> dependsOn = new LinkedHashSet<>();
  private final Set<CoverageRecord> named = new LinkedHashSet<>();
  private String consequence;

  Verdict(RuleContext.FindingBuilder finding, String subject) {
    this.finding = finding;
    this.subject = subject;
  }

  /** A part that passed, described as a clause ("soft delete is on"). */
  public Verdict pass(String clause, Evidence... proof) {
    passed.add(clause(clause));
    return evidence(proof);
  }

  /** A part that failed, described as a clause ("purge protection is off"). */
  public Verdict fail(String clause, Evidence... proof) {
    failed.add(clause(clause));
    return evidence(proof);
  }

  /** A part that could not be decided, with the reason. */
  public Verdict unknown(String reason, Evidence... proof) {
    undecided.add(clause(reason));
    return evidence(proof);
  }

  /**
   * A part no API can show, such as a written policy: it needs a person's attestation. The finding
   * is MANUAL when nothing failed or was undecided.
   */
  public Verdict manual(String clause, Evidence... proof) {
    attestable.add(clause(clause));
    return evidence(proof);
  }

  /**
   * A part that could not be decided because {@code gap} was not collected: its reason is the
   * clause, and the finding {@linkplain #names names} the gap.
   */
  public Verdict unknown(CoverageRecord gap, Evidence... proof) {
    names(gap);
    return unknown(gap.reason(), proof);
  }

  /** Adds a part that passes when {@code ok} and fails otherwise. */
  public Verdict check(boolean ok, String passClause, String failClause, Evidence... proof) {
    return ok ? pass(passClause, proof) : fail(failClause, proof);
  }

  /**
   * Adds one part met by any of {@code options}, for either-or requirements such as MFA enforced by
   * security defaults or by a conditional access policy: it passes with the clauses of the options
   * that passed, is undecided when none passed and some could not be decided, and fails with every
   * failed clause otherwise. The evidence of every option is kept.
   */
  public Verdict anyOf(Option... options) {
    if (options.length == 0) {
      throw new IllegalArgumentException("anyOf needs at least one option.");
    }
    List<Option> all = Arrays.asList(options);
    all.forEach(option -> evidence(option.proof()));
    List<String> passing = clausesOf(all, Boolean.TRUE);
    List<String> undecidedOnes = clausesOf(all, null);
    if (!passing.isEmpty()) {
      passed.add(joinClauses(passing, " and "));
    } else if (!undecidedOnes.isEmpty()) {
      undecided.add(joinClauses(undecidedOnes, " and "));
    } else {
      failed.add(joinClauses(clausesOf(all, Boolean.FALSE), " nor "));
    }
    return this;
  }

  private static List<String> clausesOf(List<Option> options, Boolean outcome) {
    return options.stream()
        .filter(o -> Objects.equals(o.outcome(), outcome))
        .map(Option::clause)
        .toList();
  }

  /** Adds evidence that belongs to no one part. */
  public Verdict evidence(Evidence... proof) {
    return evidence(Arrays.asList(proof));
  }

  /** Adds evidence that belongs to no one part. */
  public Verdict evidence(Collection<Evidence> proof) {
    proof.forEach(item -> evidence.add(Objects.requireNonNull(item, "'proof' cannot hold null.")));
    return this;
  }

  /**
   * Adds the evidence of {@code export}, the log routing of a diagnostic-settings rule, and names
   * the coverage gaps that left it undecided; the rule words the parts itself.
   */
  public Verdict exports(LogExport export) {
    evidence(export.evidence());
    return names(export.gaps());
  }

  /**
   * The types the outcome depends on; see {@link RuleContext.FindingBuilder#dependsOn}. By default
   * the engine gates the finding on every required type the rule looked up for it.
   */
  public Verdict dependsOn(ResourceType... types) {
    dependsOn.addAll(Arrays.asList(types));
    return this;
  }

  /** The changes that would fix a failure; see {@link RuleContext.FindingBuilder#fix}. */
  public Verdict fix(Fix changes) {
    finding.fix(changes);
    return this;
  }

  /** Names coverage gaps the finding speaks for; see {@link RuleContext.FindingBuilder#names}. */
  public Verdict names(CoverageRecord... gaps) {
    return names(Arrays.asList(gaps));
  }

  /** Names coverage gaps the finding speaks for; see {@link RuleContext.FindingBuilder#names}. */
  public Verdict names(Collection<CoverageRecord> gaps) {
    gaps.forEach(gap -> named.add(Objects.requireNonNull(gap, "'gaps' cannot hold null.")));
    return this;
  }

  /**
   * The consequence a failure has for an investigation, added to a FAIL's message after "so": "…:
   * purge protection is off, so a deleted vault could be purged before anyone looks."
   */
  public Verdict because(String consequence) {
    if (subject == null) {
      throw new IllegalStateException(
          "because(...) needs a verdict with a label: a verdict without one reports whole"
              + " sentences.");
    }
    this.consequence = clause(consequence);
    return this;
  }

  /** True when some part failed. */
  public boolean hasFailures() {
    return !failed.isEmpty();
  }

  /**
   * Reports the finding: FAIL with the failed clauses (and the undecided ones after "Also not
   * decided"), UNKNOWN with the undecided clauses, or PASS with the passed ones.
   *
   * @throws IllegalStateException when the verdict has no part
   */
  public void report() {
    finding.evidence(evidence);
    finding.names(named);
    if (!dependsOn.isEmpty()) {
      finding.dependsOn(dependsOn.toArray(ResourceType[]::new));
    }
    if (subject == null) {
      reportSentences();
    } else if (!failed.isEmpty()) {
      String message = subject + ": " + joinClauses(failed, " and ");
      if (consequence != null) {
        message += ", so " + consequence;
      }
      message += ".";
      if (!undecided.isEmpty()) {
        message += " Also not decided: " + joinClauses(undecided, " and ") + ".";
      }
      finding.fail(message);
    } else if (!undecided.isEmpty()) {
      String message = subject + ": cannot decide because " + joinClauses(undecided, " and ") + ".";
      if (!passed.isEmpty()) {
        message += " Otherwise " + joinClauses(passed, " and ") + ".";
      }
      finding.unknown(message);
    } else if (!attestable.isEmpty()) {
      finding.manual(subject + ": " + joinClauses(attestable, " and ") + ".");
    } else if (passed.isEmpty()) {
      throw noParts();
    } else {
      finding.pass(subject + ": " + joinClauses(passed, " and ") + ".");
    }
  }

  /** The message of a verdict without a label: the sentences of the deciding parts. */
  private void reportSentences() {
    if (!failed.isEmpty()) {
      List<String> sentences = new ArrayList<>(failed);
      sentences.addAll(undecided);
      finding.fail(String.join(" ", sentences));
    } else if (!undecided.isEmpty()) {
      finding.unknown(String.join(" ", undecided));
    } else if (!attestable.isEmpty()) {
      finding.manual(String.join(" ", attestable));
    } else if (passed.isEmpty()) {
      throw noParts();
    } else {
      finding.pass(String.join(" ", passed));
    }
  }

  private IllegalStateException noParts() {
    return new IllegalStateException(
        "A verdict about '" + finding.target().id() + "' has no parts to report.");
  }

  private static String clause(String text) {
    Objects.requireNonNull(text, "'clause' cannot be null.");
    if (text.isBlank()) {
      throw new IllegalArgumentException("A verdict's clause cannot be blank.");
    }
    return text;
  }

  /**
   * Clauses joined as a sentence part: "a", "a and b", "a, b and c" (or "a, b nor c" after a
   * "neither" the caller wrote).
   */
  static String joinClauses(List<String> clauses, String last) {
    if (clauses.size() <= 1) {
      return clauses.isEmpty() ? "" : clauses.get(0);
    }
    return String.join(", ", clauses.subList(0, clauses.size() - 1))
        + last
        + clauses.get(clauses.size() - 1);
  }

  /**
   * One option of {@link #anyOf}: a clause with its outcome and evidence.
   *
   * @param outcome true when the option is met, false when it is not, null when it could not be
   *     decided
   * @param clause what was seen, as a clause
   * @param proof the values behind it
   */
  public record Option(Boolean outcome, String clause, List<Evidence> proof) {
    /** Validates the option. */
    public Option {
      Verdict.clause(clause);
      proof = List.copyOf(proof);
    }

    /** An option that is met. */
    public static Option met(String clause, Evidence... proof) {
      return new Option(true, clause, List.of(proof));
    }

    /** An option that is not met. */
    public static Option notMet(String clause, Evidence... proof) {
      return new Option(false, clause, List.of(proof));
    }

    /** An option that could not be decided, with the reason. */
    public static Option undecided(String reason, Evidence... proof) {
      return new Option(null, reason, List.of(proof));
    }
  }
}
