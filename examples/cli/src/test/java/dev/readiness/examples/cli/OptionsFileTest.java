package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.ResourceType;
import dev.readiness.api.Rule;
import dev.readiness.api.format.InputFileException;
import dev.readiness.rules.ChecklistRuleProvider;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.DataProtectionOptions;
import dev.readiness.rules.checklist.IdentityOptions;
import dev.readiness.rules.checklist.LoggingOptions;
import dev.readiness.rules.checklist.NetworkOptions;
import dev.readiness.rules.checklist.Option;
import dev.readiness.rules.checklist.OptionTable;
import dev.readiness.rules.logging.RetentionRule;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsFileTest {
  /** Every option of the table, each set to a value other than its default. */
  private static final String EVERY_OPTION =
      """
      {
        "retentionDays": 730,
        "maxWorkspaces": 2,
        "requiredDefenderPlans": ["VirtualMachines", "KeyVaults"],
        "criticalResourceCategories": {"Microsoft.KeyVault/vaults": ["AuditEvent"]},
        "functionAppCategories": ["FunctionAppLogs", "AppServiceAuditLogs"],
        "activityLogCategories": ["Administrative", "Security"],
        "entraLogCategories": ["AuditLogs", "SignInLogs"],
        "windowsEventLogs": ["Security"],
        "syslogFacilities": ["auth"],
        "loggedStorageServices": ["Microsoft.Storage/storageAccounts/fileServices"],
        "breakGlassAccounts": ["breakglass@contoso.example"],
        "maxSubscriptionOwners": 2,
        "maxSubscriptionContributors": 5,
        "privilegedRoleIds": ["62E90394-69F5-4237-9190-012177145E10"],
        "approvalRequiredRoleIds": [],
        "keyRotationDays": 180,
        "restorePointMaxAgeDays": 3,
        "minimumTlsVersion": "1.3",
        "requireStorageInfrastructureEncryption": true,
        "requireStorageCustomerManagedKeys": true,
        "requireDiskCustomerManagedKeysOrEncryptionAtHost": true,
        "managementPorts": [22],
        "listedItemsLimit": 3
      }
      """;

  @TempDir Path dir;

  @Test
  void everyOptionOfTheTableIsReadFromTheFile() throws IOException {
    Matcher keys = Pattern.compile("\"(\\w+)\": ").matcher(EVERY_OPTION);
    List<String> named = keys.results().map(key -> key.group(1)).toList();
    assertThat(named)
        .as("the test file sets every option")
        .containsAll(OptionTable.rows().stream().map(Option::name).toList());

    ChecklistOptions options = OptionsFile.read(file(EVERY_OPTION));

    for (Option<?> option : OptionTable.rows()) {
      assertThat(options.get(option)).as(option.name()).isNotEqualTo(option.defaultValue());
    }
    assertThat(options.logging())
        .isEqualTo(
            new LoggingOptions(
                730,
                2,
                List.of("VirtualMachines", "KeyVaults"),
                Map.of(ResourceType.of("Microsoft.KeyVault/vaults"), List.of("AuditEvent")),
                List.of("FunctionAppLogs", "AppServiceAuditLogs"),
                List.of("Administrative", "Security"),
                List.of("AuditLogs", "SignInLogs"),
                List.of("Security"),
                List.of("auth"),
                List.of(ResourceType.of("Microsoft.Storage/storageAccounts/fileServices")),
                3));
    assertThat(options.identity())
        .isEqualTo(
            new IdentityOptions(
                List.of("breakglass@contoso.example"),
                2,
                5,
                List.of("62e90394-69f5-4237-9190-012177145e10"),
                List.of(),
                3));
    assertThat(options.dataProtection())
        .isEqualTo(new DataProtectionOptions(180, 3, "1.3", true, true, true));
    assertThat(options.network()).isEqualTo(new NetworkOptions(List.of(22), 3));
  }

  @Test
  void aRetentionNoWorkspaceCanKeepIsRefusedWhereItStands() throws IOException {
    Path options = file("{\n  \"retentionDays\": 36500000\n}");

    Cli.Result result = Cli.scan("--options", options.toString());

    assertBadInput(
        result,
        options
            + ":2:20: option 'retentionDays' must be a whole number from 1 to 4383 (Azure Monitor"
            + " keeps logs at most 12 years), not 36500000.");
  }

  @Test
  void aMisspeltDefenderPlanIsRefusedAtItsItemWithTheNearestPlan() throws IOException {
    Path options = file("{\"requiredDefenderPlans\": [\"KeyVaults\",\n  \"VirtualMachine\"]}");

    Cli.Result result = Cli.scan("--options", options.toString());

    assertBadInput(
        result,
        options
            + ":2:3: option 'requiredDefenderPlans[1]' must be a known Defender plan, not"
            + " \"VirtualMachine\"; did you mean \"VirtualMachines\"? known: AI, Api,");
  }

  @Test
  void listsAndMapsAreCheckedItemByItem() throws IOException {
    assertRefused(
        "{\"syslogFacilities\": [\"auth\", \"authpirv\"]}",
        ":1:31: option 'syslogFacilities[1]' must be a known Syslog facility, not \"authpirv\";"
            + " did you mean \"authpriv\"?");
    assertRefused(
        "{\"managementPorts\": [22, 70000]}",
        ":1:26: option 'managementPorts[1]' must be a whole number from 1 to 65535, not 70000.");
    assertRefused(
        "{\"requiredDefenderPlans\": [\"Arm\", \"arm\"]}",
        ":1:35: option 'requiredDefenderPlans[1]' repeats \"arm\"; list each value once.");
    assertRefused(
        "{\"criticalResourceCategories\": {\"Microsoft.KeyVault/vaults\": []}}",
        ":1:62: option 'criticalResourceCategories.Microsoft.KeyVault/vaults' must be a non-empty"
            + " list of strings, not []");
    assertRefused(
        "{\"privilegedRoleIds\": [\"Owner\"]}",
        ":1:24: option 'privilegedRoleIds[0]' must be a GUID");
    assertRefused(
        "{\"loggedStorageServices\": [\"Microsoft.Storage/storageAccounts/blobService\"]}",
        ":1:28: option 'loggedStorageServices[0]' must be one of Microsoft.Storage/storageAccounts/blobServices,"
            + " Microsoft.Storage/storageAccounts/fileServices, Microsoft.Storage/storageAccounts/queueServices,"
            + " Microsoft.Storage/storageAccounts/tableServices, not"
            + " \"Microsoft.Storage/storageAccounts/blobService\"; did you mean \"Microsoft.Storage/storageAccounts/blobServices\"?");
    assertRefused(
        "{\"minimumTlsVersion\": \"1.4\"}",
        ":1:23: option 'minimumTlsVersion' must be one of 1.0, 1.1, 1.2, 1.3, not \"1.4\"");
    assertRefused(
        "{\"requireStorageCustomerManagedKeys\": \"yes\"}",
        ":1:39: option 'requireStorageCustomerManagedKeys' must be true or false, not \"yes\".");
  }

  /** An in-house provider, registered below in a class loader of its own. */
  public static final class RetentionProvider implements ChecklistRuleProvider {
    @Override
    public List<Rule> rules(ChecklistOptions options) {
      return List.of(new RetentionRule(options.logging()));
    }
  }

  @Test
  void inHouseProvidersReceiveTheOptionsOfTheFile() throws IOException {
    Path services = Files.createDirectories(dir.resolve("jar/META-INF/services"));
    Files.writeString(
        services.resolve(ChecklistRuleProvider.class.getName()), RetentionProvider.class.getName());
    ChecklistOptions options = OptionsFile.read(file("{\"retentionDays\": 730}"));

    try (URLClassLoader jar =
        new URLClassLoader(
            new URL[] {dir.resolve("jar").toUri().toURL()}, getClass().getClassLoader())) {
      List<Rule> rules = Evaluation.available(options, jar);

      assertThat(rules.get(rules.size() - 1).metadata().title())
          .isEqualTo("Security logs kept at least 730 days");
    }
  }

  @Test
  void aProviderListingNamingNoProviderIsOneLineOfBadInput() throws IOException {
    Path services = Files.createDirectories(dir.resolve("jar/META-INF/services"));
    Path listing = services.resolve(ChecklistRuleProvider.class.getName());
    Files.writeString(listing, "# in-house\n" + StorageTlsRule.class.getName() + "\n");

    try (URLClassLoader jar =
        new URLClassLoader(
            new URL[] {dir.resolve("jar").toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> Evaluation.available(ChecklistOptions.defaults(), jar))
          .isInstanceOf(Exit.BadInput.class)
          .hasMessage(
              listing
                  + ":2: names the class "
                  + StorageTlsRule.class.getName()
                  + ", which does not implement "
                  + ChecklistRuleProvider.class.getName());
    }
  }

  private void assertRefused(String json, String expected) throws IOException {
    Path options = file(json);
    assertThatThrownBy(() -> OptionsFile.read(options))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(options + expected);
  }

  private static void assertBadInput(Cli.Result result, String expected) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.BAD_INPUT);
    assertThat(result.err()).contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
  }

  private Path file(String content) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "options", ".json"), content);
  }
}
