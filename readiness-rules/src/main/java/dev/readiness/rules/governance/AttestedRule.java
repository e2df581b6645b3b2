package dev.readiness.rules.governance;

import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Target;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.support.ChecklistRule;

/**
 * A checklist row no API can show (a plan, a policy, training): the rule reports MANUAL for the
 * tenant, and the engine turns it into PASS with a valid attestation or FAIL with an expired one.
 */
public final class AttestedRule extends ChecklistRule {
  private final String control;

  /**
   * A manual rule about {@code control}, worded as a clause ("that an incident response plan
   * exists").
   *
   * @throws IllegalArgumentException when {@code metadata} is not marked manual
   */
  public AttestedRule(RuleMetadata metadata, ChecklistOptions options, String control) {
    super(metadata, options);
    if (!metadata.manual()) {
      throw new IllegalArgumentException(
          "Rule " + metadata.id() + " is answered by attestation; mark its metadata manual().");
    }
    this.control = control;
  }

  @Override
  public void evaluate(RuleContext context) {
    context
        .verdict(Target.tenant())
        .manual(
            "No API can show "
                + control
                + "; attest it for "
                + metadata().id()
                + " with a link to the evidence, an owner and a date.")
        .report();
  }
}
