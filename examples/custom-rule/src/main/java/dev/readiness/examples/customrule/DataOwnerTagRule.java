package dev.readiness.examples.customrule;

import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;

/**
 * An in-house rule: every storage account carries a non-blank {@code data-owner} tag, so that
 * during an incident responders know whom to ask what the data is and who may have touched it.
 *
 * <p>Registered in {@code META-INF/services/dev.readiness.api.Rule}; the engine's {@code
 * addServiceLoaderRules(..)} and the command line pick it up from the class path.
 */
public final class DataOwnerTagRule implements Rule {
  static final ResourceType STORAGE_ACCOUNTS = ResourceType.of("Microsoft.Storage/storageAccounts");
  static final String TAG = "data-owner";

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("ACME-TAG-01")
          .title("Storage accounts name their data owner")
          .category(Category.POLICIES_AND_PROCESSES)
          .severity(
              Severity.MEDIUM, "Without an owner, scoping a data breach takes days, not hours.")
          .rationale(
              "Whose data sits in this account, and who can say what an attacker could have read?")
          .remediation(
              Remediation.of(
                      "Storage account > Tags > add 'data-owner' with the owning team's address.",
                      "az tag update --operation merge --tags data-owner=<team-address>"
                          + " --resource-id <storage-account-id>")
                  .withBicep("tags: { 'data-owner': 'finance@contoso.example' }"))
          .learnMore(
              "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources")
          .controls("MCSB AM-2")
          .checklistItems("A forensic readiness policy")
          .reads(STORAGE_ACCOUNTS)
          .build();

  /** Made by {@link java.util.ServiceLoader}. */
  public DataOwnerTagRule() {}

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void evaluate(RuleContext context) {
    for (Resource account : context.resources(STORAGE_ACCOUNTS)) {
      Json owner = account.root().get("tags").get(TAG);
      String value = owner.textOr("").strip();
      context
          .verdict(account, "Storage account '" + account.name() + "'")
          .check(
              !value.isEmpty(),
              "it is owned by " + value,
              "it has no data-owner tag",
              Evidence.of(owner, "a non-blank owner address"))
          .because("nobody could say whose data an attacker read")
          .report();
    }
  }
}
