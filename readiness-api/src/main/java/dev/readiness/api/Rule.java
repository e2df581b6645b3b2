package dev.readiness.api;

/**
 * A check of the forensic readiness checklist. Implementations are stateless and thread-safe: the
 * engine may run one rule on several snapshots at once.
 *
 * <p>A rule declares everything about itself in {@link #metadata()} and, in {@link
 * #evaluate(RuleContext)}, reports what it saw through the context; the engine stamps each finding
 * with the rule's id, severity and remediation. Custom rules are found through {@link
 * java.util.ServiceLoader} when listed in {@code META-INF/services/dev.readiness.api.Rule}; such
 * rules need a public no-argument constructor.
 */
public interface Rule {
  /** The rule's metadata; the same object on every call. */
  RuleMetadata metadata();

  /**
   * Evaluates the snapshot in {@code context} and reports a finding for every resource or scope the
   * rule is about: PASS as well as FAIL, because auditors want positive evidence.
   */
  void evaluate(RuleContext context);
}
