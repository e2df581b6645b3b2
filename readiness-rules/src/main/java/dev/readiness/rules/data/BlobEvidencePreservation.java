package dev.readiness.rules.data;

import static dev.readiness.rules.types.AzureTypes.BLOB_SERVICES;
import static dev.readiness.rules.types.AzureTypes.STORAGE_ACCOUNTS;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
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
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FR-DATA-08: storage accounts that hold blobs keep deleted and overwritten blobs (soft delete,
 * versioning) and record every change (change feed).
 */
public final class BlobEvidencePreservation extends ChecklistRule {
  /** How long a fix keeps deleted blobs; the portal's default, within soft delete's 1 to 365. */
  private static final int SOFT_DELETE_DAYS = 30;

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-DATA-08")
          .title("Blob soft delete, versioning and change feed preserve storage evidence")
          .category(Category.DATA_PROTECTION)
          .severity(
              Severity.MEDIUM,
              "An attacker who deletes or overwrites staged tools or stolen data erases them for"
                  + " good unless prior versions are kept.")
          .rationale(
              "Protects the question 'what did the attacker put in, change or remove from this"
                  + " storage account?': soft delete and versioning keep deleted and overwritten"
                  + " blobs, and the change feed is an ordered record of every create, update and"
                  + " delete.")
          .remediation(
              Remediation.of(
                      "Azure portal > Storage accounts > (account) > Data management > Data"
                          + " protection: 'Enable soft delete for blobs', 'Enable versioning for"
                          + " blobs' and 'Enable blob change feed'.",
                      "az storage account blob-service-properties update --account-name"
                          + " <account> --resource-group <rg> --enable-delete-retention true"
                          + " --delete-retention-days 30 --enable-versioning true"
                          + " --enable-change-feed true")
                  .withBicep(
                      "resource blob 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01'"
                          + " = {\n"
                          + "  parent: account\n"
                          + "  name: 'default'\n"
                          + "  properties: {\n"
                          + "    deleteRetentionPolicy: { enabled: true, days: 30 }\n"
                          + "    isVersioningEnabled: true\n"
                          + "    changeFeed: { enabled: true }\n"
                          + "  }\n"
                          + "}"))
          .learnMore("https://learn.microsoft.com/azure/storage/blobs/data-protection-overview")
          .controls("MCSB BR-1", "CIS Azure 2.0 3.11")
          .peerChecks(
              "PSRule for Azure Azure.Storage.SoftDelete",
              "Prowler storage_ensure_soft_delete_is_enabled",
              "Prowler storage_blob_versioning_is_enabled")
          .checklistItems(
              ChecklistRow.IMMUTABLE_BACKUPS.text(), ChecklistRow.STORAGE_DATA_PLANE_LOGS.text())
          .reads(STORAGE_ACCOUNTS, BLOB_SERVICES)
          .build();

  /** The rule; it has no thresholds. */
  public BlobEvidencePreservation(ChecklistOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    for (Resource account : context.resources(STORAGE_ACCOUNTS)) {
      if (account.kind().orElse("").equalsIgnoreCase("FileStorage")) {
        continue; // premium file shares hold no blobs
      }
      Verdict verdict = context.verdict(account, "Storage account '" + account.name() + "'");
      Fix fix = Fix.NONE;
      List<Resource> services = context.snapshot().children(account, BLOB_SERVICES);
      if (services.isEmpty()) {
        verdict.unknown(
            context
                .coverage()
                .whyMissing(account.id(), BLOB_SERVICES)
                .map(why -> "its blob service settings were not read: " + why)
                .orElse("its blob service settings (blobServices/default) are not in the snapshot"),
            Evidence.absent(account.id(), "no blobServices/default", "blob service settings"));
      } else {
        Resource service = services.get(0);
        Json properties = service.properties();
        List<String> missingNames = new ArrayList<>();
        Json softDelete = properties.at("/deleteRetentionPolicy/enabled");
        verdict.check(
            softDelete.isTrue(),
            "blob soft delete keeps deleted blobs for "
                + properties.at("/deleteRetentionPolicy/days").longValue().orElse(0)
                + " days",
            "blob soft delete is off",
            Evidence.of(softDelete, "true"));
        if (!softDelete.isTrue()) {
          missingNames.add("blob soft delete for " + SOFT_DELETE_DAYS + " days");
        }
        Json versioning = properties.get("isVersioningEnabled");
        verdict.check(
            versioning.isTrue(),
            "versioning is on",
            "versioning is off",
            Evidence.of(versioning, "true"));
        if (!versioning.isTrue()) {
          missingNames.add("versioning");
        }
        Json changeFeed = properties.at("/changeFeed/enabled");
        verdict.check(
            changeFeed.isTrue(),
            "the change feed is on",
            "the change feed is off",
            Evidence.of(changeFeed, "true"));
        if (!changeFeed.isTrue()) {
          missingNames.add("the change feed");
        }
        if (!missingNames.isEmpty()) {
          fix = Fix.of(turnOn(service, account, missingNames));
        }
      }
      verdict.fix(fix).report();
    }
  }

  /**
   * Turns on the protections that are off on the account's blob service: a PUT of {@code
   * {account}/blobServices/default} with deleteRetentionPolicy, isVersioningEnabled and changeFeed.
   * All three are sent, those already on as they are (soft delete keeps its days), so that the PUT
   * turns none off (azure-rest-api-specs
   * specification/storage/resource-manager/Microsoft.Storage/stable/2023-05-01/examples/BlobServicesPut.json).
   */
  private static ArmChange turnOn(Resource service, Resource account, List<String> names) {
    Json current = service.properties();
    Map<String, Object> softDelete = new LinkedHashMap<>();
    softDelete.put("enabled", true);
    softDelete.put(
        "days",
        current.at("/deleteRetentionPolicy/enabled").isTrue()
            ? current.at("/deleteRetentionPolicy/days").longValue().orElse(SOFT_DELETE_DAYS)
            : SOFT_DELETE_DAYS);
    Map<String, Object> changeFeed = new LinkedHashMap<>();
    changeFeed.put("enabled", true);
    current
        .at("/changeFeed/retentionInDays")
        .longValue()
        .ifPresent(days -> changeFeed.put("retentionInDays", days));
    Map<String, Object> protections = new LinkedHashMap<>();
    protections.put("deleteRetentionPolicy", softDelete);
    protections.put("isVersioningEnabled", true);
    protections.put("changeFeed", changeFeed);
    return ArmChange.put(
            service.id().toString(),
            BLOB_SERVICES.toString(),
            "2023-05-01",
            Map.of("properties", protections),
            "Turn on "
                + Texts.joinClauses(names)
                + " on the blob service of storage account '"
                + account.name()
                + "'.")
        .costing(
            "Soft-deleted blobs, previous versions and the change feed are billed as stored data"
                + " at the account's rates for as long as they are kept.");
  }
}
