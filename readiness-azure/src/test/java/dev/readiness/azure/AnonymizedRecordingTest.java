package dev.readiness.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotRecorder;
import dev.readiness.api.format.SnapshotWriter;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.rules.CaseStudy;
import dev.readiness.testkit.ConformanceCorpus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An anonymized recording can be shared: no name, e-mail address or user name of the tenant
 * survives in any field, whatever its shape (an id, a compound backup item name, a data collection
 * rule's destination label, a user name, a tag value, a URL, free text), and it scans to the same
 * findings. Names are planted in every shape on top of the demo tenant and the conformance corpus.
 */
class AnonymizedRecordingTest {
  private static final byte[] KEY =
      "a fixture key of sixteen or more bytes".getBytes(StandardCharsets.UTF_8);
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9._%+'#!$&*=?^{|}~-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Set<String> PERSON_FIELDS =
      Set.of("userprincipalname", "mail", "adminusername", "emailaddress", "email", "emails");
  private static final String SUB = "00000000-0000-0000-0000-00000000e001";
  private static final String RG = "/subscriptions/" + SUB + "/resourceGroups/rg-planted";

  static Stream<Snapshot> tenants() {
    return Stream.of(CaseStudy.snapshot(), ConformanceCorpus.snapshot());
  }

  @ParameterizedTest
  @MethodSource("tenants")
  void noNameSurvivesAndTheFindingsStayTheSame(Snapshot tenant) {
    Snapshot planted = plant(tenant);
    Snapshot anonymized = SnapshotRecorder.anonymizing(KEY).prepare(planted);
    String recording = SnapshotWriter.toJson(anonymized);

    Set<String> names = identifyingNames(planted);
    assertThat(names)
        .as("the planted names are among those looked for")
        .contains(
            "planted-vm",
            "rg-planted",
            "la-planted-destination",
            "planted-admin",
            "planted.owner@contoso.example",
            "planted-team",
            "stplanted");
    List<String> survivors = new ArrayList<>();
    for (String name : names) {
      if (Pattern.compile(
              "(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
          .matcher(recording)
          .find()) {
        survivors.add(name);
      }
    }
    assertThat(survivors).as("names left in the anonymized recording").isEmpty();

    Engine engine = Engine.builder().addRules(BuiltInRules.all()).build();
    assertThat(outcomes(engine.evaluate(anonymized).findings()))
        .isEqualTo(outcomes(engine.evaluate(planted).findings()));
  }

  /** Rule and status of every finding, sorted: the findings apart from the names they carry. */
  private static List<String> outcomes(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + " " + f.status()).sorted().toList();
  }

  /**
   * Every name a reader could tie to the tenant: tenant and subscription ids, resource group and
   * resource names (not the constant names of built-in roles, plans and settings), e-mail
   * addresses, user names, tag values and destination labels.
   */
  private static Set<String> identifyingNames(Snapshot snapshot) {
    Set<String> names = new TreeSet<>();
    if (snapshot.metadata().tenantId().isPresent()) {
      names.add(snapshot.metadata().tenantId().get().toLowerCase(Locale.ROOT));
    }
    snapshot.metadata().subscriptions().forEach(s -> names.add(s.toLowerCase(Locale.ROOT)));
    for (Resource resource : snapshot.resources()) {
      ResourceId id = resource.id();
      id.resourceGroup().ifPresent(group -> names.add(group.toLowerCase(Locale.ROOT)));
      for (ResourceId step : id.ancestry()) {
        if (step.resourceGroup().isPresent()
            && !step.isScope()
            && step.parent().isScope()
            && step.name().length() >= 3
            && !constantNames(step)) {
          names.add(step.name().toLowerCase(Locale.ROOT));
        }
      }
      collect(resource.toJsonString(), names);
    }
    return names;
  }

  /** Types whose names are constants or random ids, kept by design (see SnapshotAnonymizer). */
  private static boolean constantNames(ResourceId id) {
    String type = id.type().toString().toLowerCase(Locale.ROOT);
    return Stream.of(
            "microsoft.authorization/",
            "microsoft.security/",
            "microsoft.securityinsights/",
            "microsoft.insights/diagnosticsettings",
            "microsoft.advisor/",
            "microsoft.policyinsights/")
        .anyMatch(type::startsWith);
  }

  private static void collect(String json, Set<String> names) {
    Matcher emails = EMAIL.matcher(json);
    while (emails.find()) {
      names.add(emails.group().toLowerCase(Locale.ROOT));
    }
    Matcher fields = Pattern.compile("\"([A-Za-z]+)\":\"([^\"]+)\"").matcher(json);
    while (fields.find()) {
      if (PERSON_FIELDS.contains(fields.group(1).toLowerCase(Locale.ROOT))
          && !fields.group(2).contains(";")) {
        names.add(fields.group(2).toLowerCase(Locale.ROOT));
      }
    }
    Matcher tags = Pattern.compile("\"tags\":\\{([^}]*)}").matcher(json);
    while (tags.find()) {
      Matcher values = Pattern.compile(":\"([^\"]+)\"").matcher(tags.group(1));
      while (values.find()) {
        names.add(values.group(1).toLowerCase(Locale.ROOT));
      }
    }
    Matcher labels = Pattern.compile("\"name\":\"([^\"]+)\",\"workspaceResourceId\"").matcher(json);
    while (labels.find()) {
      names.add(labels.group(1).toLowerCase(Locale.ROOT));
    }
  }

  /** {@code tenant} with a resource group of planted names in every field shape. */
  private static Snapshot plant(Snapshot tenant) {
    String vm = RG + "/providers/Microsoft.Compute/virtualMachines/PLANTED-VM";
    String workspace = RG + "/providers/Microsoft.OperationalInsights/workspaces/law-planted";
    String storage = RG + "/providers/Microsoft.Storage/storageAccounts/stplanted";
    String vault = RG + "/providers/Microsoft.RecoveryServices/vaults/rsv-planted";
    String item =
        vault
            + "/backupFabrics/Azure/protectionContainers/IaasVMContainer;iaasvmcontainerv2;"
            + "rg-planted;PLANTED-VM/protectedItems/VM;iaasvmcontainerv2;rg-planted;PLANTED-VM";
    Snapshot.Builder builder = Snapshot.builder(tenant.metadata());
    tenant.resources().forEach(builder::add);
    tenant.coverage().records().forEach(builder::coverage);
    builder.add(
        Resource.parse(
            """
            {"id": "%s", "name": "PLANTED-VM", "type": "Microsoft.Compute/virtualMachines",
             "location": "westeurope",
             "tags": {"owner": "planted.owner@contoso.example", "team": "planted-team"},
             "properties": {"osProfile": {"computerName": "PLANTED-VM",
                 "adminUsername": "planted-admin"},
               "diagnosticsProfile": {"bootDiagnostics": {"enabled": true,
                 "storageUri": "https://stplanted.blob.core.windows.net/"}},
               "notes": "moved from rg-planted by planted-admin; ask planted.owner@contoso.example"}}
            """
                .formatted(vm)));
    builder.add(
        Resource.parse(
            """
            {"id": "%s", "name": "stplanted", "type": "Microsoft.Storage/storageAccounts",
             "location": "westeurope",
             "properties": {"primaryEndpoints": {"blob": "https://stplanted.blob.core.windows.net/"}}}
            """
                .formatted(storage)));
    builder.add(
        Resource.parse(
            """
            {"id": "%s", "name": "law-planted",
             "type": "Microsoft.OperationalInsights/workspaces", "location": "westeurope",
             "properties": {"retentionInDays": 30}}
            """
                .formatted(workspace)));
    builder.add(
        Resource.parse(
            """
            {"id": "%s", "name": "rsv-planted", "type": "Microsoft.RecoveryServices/vaults",
             "location": "westeurope", "properties": {}}
            """
                .formatted(vault)));
    builder.add(
        Resource.parse(
            """
            {"id": "%s", "name": "VM;iaasvmcontainerv2;rg-planted;PLANTED-VM",
             "type": "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems",
             "properties": {"sourceResourceId": "%s", "friendlyName": "PLANTED-VM"}}
            """
                .formatted(item, vm)));
    builder.add(
        Resource.parse(
            """
            {"id": "%s/providers/Microsoft.Insights/dataCollectionRules/dcr-planted",
             "name": "dcr-planted", "type": "Microsoft.Insights/dataCollectionRules",
             "location": "westeurope",
             "properties": {"destinations": {"logAnalytics": [
                 {"name": "la-planted-destination", "workspaceResourceId": "%s"}]},
               "dataFlows": [{"streams": ["Microsoft-Event"],
                 "destinations": ["la-planted-destination"]}]}}
            """
                .formatted(RG, workspace)));
    return builder.build();
  }
}
