package dev.readiness.examples.cli;

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
 * An in-house rule found through ServiceLoader, so the command line has rules to run in tests
 * whatever the built-in checklist holds.
 */
public final class StorageTlsRule implements Rule {
  static final ResourceType STORAGE = ResourceType.of("Microsoft.Storage/storageAccounts");

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("TEST-STORAGE-TLS")
          .title("Storage accounts require TLS 1.2")
          .category(Category.DATA_PROTECTION)
          .severity(Severity.HIGH, "Old TLS exposes data in transit.")
          .rationale("Could traffic to the account have been read in transit?")
          .remediation(
              Remediation.of(
                  "Storage account > Configuration > Minimum TLS version: 1.2.",
                  "az storage account update --min-tls-version TLS1_2 -n <name> -g <group>"))
          .checklistItems("Encryption at rest and in transit")
          .reads(STORAGE)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void evaluate(RuleContext context) {
    for (Resource account : context.resources(STORAGE)) {
      Json tls = account.properties().get("minimumTlsVersion");
      RuleContext.FindingBuilder finding =
          context.report(account).evidence(Evidence.of(tls, "\"TLS1_2\""));
      if (tls.textEqualsIgnoreCase("TLS1_2")) {
        finding.pass(account.name() + " requires TLS 1.2.");
      } else {
        finding.fail(account.name() + " accepts " + tls + ".");
      }
    }
  }
}
