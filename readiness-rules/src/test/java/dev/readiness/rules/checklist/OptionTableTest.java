package dev.readiness.rules.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionTableTest {
  private final ChecklistOptions.Builder builder = ChecklistOptions.defaults().toBuilder();

  @Test
  void aRetentionLongerThanAzureCanKeepIsRefused() {
    assertThatThrownBy(() -> builder.set(OptionTable.RETENTION_DAYS, 36_500_000))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage(
            "option 'retentionDays' must be a whole number from 1 to 4383 (Azure Monitor keeps"
                + " logs at most 12 years), not 36500000.");
    assertThat(builder.set(OptionTable.RETENTION_DAYS, 4383).build().logging().retentionDays())
        .isEqualTo(4383);
  }

  @Test
  void aMisspeltDefenderPlanIsRefusedWithTheNearestPlan() {
    assertThatThrownBy(
            () ->
                builder.set(
                    OptionTable.REQUIRED_DEFENDER_PLANS, List.of("KeyVaults", "VirtualMachine")))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageStartingWith(
            "option 'requiredDefenderPlans[1]' must be a known Defender plan, not"
                + " \"VirtualMachine\"; did you mean \"VirtualMachines\"? known: AI, Api,")
        .extracting(thrown -> ((InvalidOptionException) thrown).path())
        .isEqualTo(List.of(1));
  }

  @Test
  void anUnknownNameSuggestsTheNearestOption() {
    assertThatThrownBy(() -> builder.set("retentionDay", 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown option 'retentionDay'; did you mean \"retentionDays\"?");
    assertThatThrownBy(() -> builder.set("colour", "blue"))
        .hasMessage("unknown option 'colour'; the options are listed in docs/options.md.");
  }

  @Test
  void setByNameTakesPlainJsonValues() {
    ChecklistOptions options =
        builder
            .set("retentionDays", java.math.BigInteger.valueOf(730))
            .set("loggedStorageServices", List.of("Microsoft.Storage/storageAccounts/fileServices"))
            .set("privilegedRoleIds", List.of("8E3AF657-A8FF-443C-A75C-2FE8C4BCB635"))
            .build();

    assertThat(options.logging().retentionDays()).isEqualTo(730);
    assertThat(options.logging().loggedStorageServices())
        .extracting(Object::toString)
        .containsExactly("Microsoft.Storage/storageAccounts/fileServices");
    assertThat(options.identity().privilegedRoleIds()).containsExactly(WellKnownRoles.OWNER);
  }

  @Test
  void theAreaRecordsCheckAndCopyWhatTheyAreGiven() {
    List<Integer> ports = new ArrayList<>(List.of(22));
    NetworkOptions network = new NetworkOptions(ports, 10);
    ports.add(3389);

    assertThat(network.managementPorts()).containsExactly(22);
    assertThatThrownBy(() -> new NetworkOptions(List.of(0), 10))
        .hasMessage("option 'managementPorts[0]' must be a whole number from 1 to 65535, not 0.");
    assertThatThrownBy(() -> new IdentityOptions(List.of(), 3, 10, List.of(), List.of(), 10))
        .hasMessageStartingWith("option 'privilegedRoleIds' must be a non-empty list of GUIDs");
  }

  @Test
  void theAreaRecordsOfTheDefaultsHoldTheTableDefaults() {
    ChecklistOptions defaults = ChecklistOptions.defaults();

    assertThat(defaults.logging().retentionDays()).isEqualTo(365);
    assertThat(defaults.logging().requiredDefenderPlans())
        .isEqualTo(OptionTable.REQUIRED_DEFENDER_PLANS.defaultValue());
    assertThat(defaults.identity().approvalRequiredRoleIds())
        .containsExactly(WellKnownRoles.OWNER, WellKnownRoles.USER_ACCESS_ADMINISTRATOR);
    assertThat(defaults.dataProtection().minimumTlsVersion()).isEqualTo("1.2");
    assertThat(defaults.network().managementPorts()).containsExactly(22, 3389, 5985, 5986);
    for (Option<?> option : OptionTable.rows()) {
      assertThat(defaults.get(option)).as(option.name()).isEqualTo(option.defaultValue());
      assertThat(OptionTable.named(option.name())).isSameAs(option);
    }
  }

  @Test
  void theSameOptionsAreEqualAndAChangeIsNot() {
    ChecklistOptions changed = builder.set(OptionTable.MAX_WORKSPACES, 2).build();

    assertThat(ChecklistOptions.defaults().toBuilder().build())
        .isEqualTo(ChecklistOptions.defaults());
    assertThat(changed).isNotEqualTo(ChecklistOptions.defaults());
    assertThat(changed.logging().maxWorkspaces()).isEqualTo(2);
  }
}
