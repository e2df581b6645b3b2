// snippet: rule
package com.acme.readiness;

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

public final class DataOwnerTagRule implements Rule {
  static final ResourceType STORAGE = ResourceType.of("Microsoft.Storage/storageAccounts");
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("ACME-TAG-01")
          .title("Storage accounts name their data owner")
          .category(Category.POLICIES_AND_PROCESSES)
          .severity(Severity.MEDIUM, "Without an owner, scoping a data breach takes days.")
          .rationale("Whose data is this, and who can say what an attacker could have read?")
          .remediation(
              Remediation.of(
                  "Storage account > Tags > add 'data-owner'.",
                  "az tag update --operation merge --tags data-owner=<team> --resource-id <id>"))
          .reads(STORAGE)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void evaluate(RuleContext context) {
    for (Resource account : context.resources(STORAGE)) {
      Json owner = account.root().get("tags").get("data-owner");
      var finding = context.report(account).evidence(Evidence.of(owner, "an owner"));
      if (owner.textOr("").isBlank()) {
        finding.fail(account.name() + " has no data-owner tag.");
      } else {
        finding.pass(account.name() + " is owned by " + owner.textOr("") + ".");
      }
    }
  }
}
// end-snippet
