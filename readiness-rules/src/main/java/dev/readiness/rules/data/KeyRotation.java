package dev.readiness.rules.data;

import static dev.readiness.rules.types.AzureTypes.KEY_ROTATION_POLICIES;
import static dev.readiness.rules.types.AzureTypes.KEY_VAULT_KEYS;
import static dev.readiness.rules.types.AzureTypes.KEY_VAULT_SECRETS;

import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.Durations;
import dev.readiness.rules.support.Scopes;
import dev.readiness.rules.support.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * FR-DATA-04: Key Vault keys expire and rotate within the period of the options; secrets expire.
 * The rotation policy is read from the data plane, which a collector may not reach: then that part
 * of a key is UNKNOWN, never FAIL.
 */
public final class KeyRotation extends ChecklistRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-DATA-04")
          .title("Keys expire and rotate; secrets expire")
          .category(Category.DATA_PROTECTION)
          .severity(
              Severity.MEDIUM,
              "A key or secret that never changes stays useful to whoever copied it, for as long"
                  + " as it exists.")
          .rationale(
              "Protects the question 'until when could a stolen key or secret be used?': an"
                  + " expiry and a rotation schedule bound the window in which leaked material"
                  + " stays valid, so the investigation knows how far back and forward to look.")
          .remediation(
              Remediation.of(
                      "Azure portal > Key vaults > (vault) > Keys > (key) > Rotation policy: set"
                          + " 'Enable auto rotation' with a rotation time within the limit and an"
                          + " expiry time; Secrets > (secret) > (version): set an expiration date.",
                      "az keyvault key rotation-policy update --vault-name <vault> --name <key>"
                          + " --value '{\"lifetimeActions\":[{\"trigger\":{\"timeAfterCreate\":"
                          + "\"P90D\"},\"action\":{\"type\":\"Rotate\"}}],\"attributes\":"
                          + "{\"expiryTime\":\"P1Y\"}}' && az keyvault secret set-attributes"
                          + " --vault-name <vault> --name <secret> --expires <yyyy-mm-ddThh:mm:ssZ>")
                  .withBicep(
                      "resource key 'Microsoft.KeyVault/vaults/keys@2023-07-01' = {\n"
                          + "  parent: vault\n"
                          + "  name: 'cmk'\n"
                          + "  properties: {\n"
                          + "    kty: 'RSA'\n"
                          + "    rotationPolicy: {\n"
                          + "      attributes: { expiryTime: 'P1Y' }\n"
                          + "      lifetimeActions: [ { trigger: { timeAfterCreate: 'P90D' },"
                          + " action: { type: 'rotate' } } ]\n"
                          + "    }\n"
                          + "  }\n"
                          + "}"))
          .learnMore(
              "https://learn.microsoft.com/azure/key-vault/keys/how-to-configure-key-rotation")
          .controls(
              "MCSB DP-6",
              "CIS Azure 2.0 8.1",
              "CIS Azure 2.0 8.2",
              "CIS Azure 2.0 8.3",
              "CIS Azure 2.0 8.4",
              "CIS Azure 2.0 8.8")
          .peerChecks(
              "PSRule for Azure Azure.KeyVault.AutoRotationPolicy",
              "Prowler keyvault_key_rotation_enabled",
              "Prowler keyvault_rbac_key_expiration_set",
              "Prowler keyvault_rbac_secret_expiration_set",
              "Azure Policy 'Key Vault keys should have an expiration date'")
          .checklistItems(ChecklistRow.KEY_ROTATION.text(), ChecklistRow.KEY_VAULT.text())
          .reads(KEY_VAULT_KEYS, KEY_VAULT_SECRETS)
          .optionallyReads(KEY_ROTATION_POLICIES)
          .reportsOnEach(KEY_VAULT_KEYS, KEY_VAULT_SECRETS)
          .build();

  /** The rule with the rotation period of {@code options}. */
  public KeyRotation(ChecklistOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    for (Resource key : context.resources(KEY_VAULT_KEYS)) {
      Verdict verdict = context.verdict(key, "Key '" + key.name() + "'").dependsOn(KEY_VAULT_KEYS);
      List<String> missing = new ArrayList<>();
      if (!expiry(verdict, key)) {
        missing.add("an expiry date");
      }
      if (!rotation(context, verdict, key)) {
        missing.add(
            "a rotation policy whose Rotate action fires within "
                + options().keyRotationDays()
                + " days");
      }
      verdict.fix(ownersStep(key, "key", missing)).report();
    }
    for (Resource secret : context.resources(KEY_VAULT_SECRETS)) {
      Verdict verdict =
          context.verdict(secret, "Secret '" + secret.name() + "'").dependsOn(KEY_VAULT_SECRETS);
      List<String> missing = expiry(verdict, secret) ? List.of() : List.of("an expiry date");
      verdict.fix(ownersStep(secret, "secret", missing)).report();
    }
  }

  /**
   * What the owner of a key or secret must set, as a person's step. The rotation policy of an
   * existing key is set on the Key Vault data plane (az keyvault key rotation-policy update,
   * https://learn.microsoft.com/cli/azure/keyvault/key/rotation-policy), where this rule reads it
   * too, and choosing an expiry is the owner's decision: whatever uses the key or secret must take
   * up a new version before the old one expires.
   */
  private static Fix ownersStep(Resource item, String kind, List<String> missing) {
    if (missing.isEmpty()) {
      return Fix.NONE;
    }
    return Fix.of(
        new HumanStep(
            "Set "
                + Texts.joinClauses(missing)
                + " on "
                + kind
                + " '"
                + item.name()
                + "' of key vault '"
                + item.id().parent().name()
                + "', once whatever uses it can take up a new version.",
            "The " + kind + "'s owner (Key Vault Crypto Officer or Secrets Officer on the vault)"));
  }

  /** Checks the expiry date; true when there is one. */
  private static boolean expiry(Verdict verdict, Resource item) {
    Json exp = item.at("/properties/attributes/exp");
    OptionalLong seconds = exp.longValue();
    verdict.check(
        seconds.isPresent(),
        "it expires on "
            + (seconds.isPresent()
                ? Instant.ofEpochSecond(seconds.getAsLong()).toString().substring(0, 10)
                : ""),
        "it has no expiry date",
        Evidence.of(exp, "an expiry date (attributes.exp)"));
    return seconds.isPresent();
  }

  /** Checks the rotation policy; false only when it fails. */
  private boolean rotation(RuleContext context, Verdict verdict, Resource key) {
    Json policy = key.properties().get("rotationPolicy");
    if (!policy.isObject()) {
      List<Resource> fetched = context.snapshot().children(key, KEY_ROTATION_POLICIES);
      if (!fetched.isEmpty()) {
        policy = fetched.get(0).properties();
      } else {
        List<String> gap = Scopes.notCollected(context, key.id(), KEY_ROTATION_POLICIES);
        if (!gap.isEmpty()) {
          verdict.unknown(
              "its rotation policy is readable only through the Key Vault data plane and was"
                  + " not collected ("
                  + String.join("; ", gap)
                  + ")");
          return true;
        }
        verdict.fail(
            "it has no rotation policy",
            Evidence.absent(
                key.id(), "no rotation policy", "a rotation policy with a rotate action"));
        return false;
      }
    }
    int limit = options().keyRotationDays();
    long expiryDays = Durations.days(policy.at("/attributes/expiryTime").textOr("")).orElse(-1);
    Json rotate = null;
    long rotatesAfter = Long.MAX_VALUE;
    for (Json action : policy.get("lifetimeActions").items()) {
      if (!action.at("/action/type").textEqualsIgnoreCase("rotate")) {
        continue;
      }
      Json trigger = action.get("trigger");
      OptionalLong afterCreate = Durations.days(trigger.get("timeAfterCreate").textOr(""));
      OptionalLong beforeExpiry = Durations.days(trigger.get("timeBeforeExpiry").textOr(""));
      long days =
          afterCreate.isPresent()
              ? afterCreate.getAsLong()
              : beforeExpiry.isPresent() && expiryDays >= 0
                  ? expiryDays - beforeExpiry.getAsLong()
                  : Long.MAX_VALUE;
      if (rotate == null || days < rotatesAfter) {
        rotate = trigger;
        rotatesAfter = days;
      }
    }
    if (rotate == null) {
      verdict.fail(
          "its rotation policy has no rotate action",
          Evidence.of(policy.get("lifetimeActions"), "a lifetime action of type Rotate"));
      return false;
    }
    verdict.check(
        rotatesAfter <= limit,
        "it rotates automatically after " + rotatesAfter + " days",
        rotatesAfter == Long.MAX_VALUE
            ? "its rotate action has no usable trigger"
            : "it rotates only after "
                + rotatesAfter
                + " days, more than the "
                + limit
                + " allowed",
        Evidence.of(rotate, "rotation within " + limit + " days"));
    return rotatesAfter <= limit;
  }
}
