package dev.readiness.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResourceIdTest {
  private static final String SUB = "/subscriptions/00000000-0000-0000-0000-000000000001";
  private static final String VM =
      SUB + "/resourceGroups/rg-prod/providers/Microsoft.Compute/virtualMachines/THA-VM";

  @Test
  void parsesTopLevelResource() {
    ResourceId id = ResourceId.parse(VM);
    assertThat(id.subscriptionId()).contains("00000000-0000-0000-0000-000000000001");
    assertThat(id.resourceGroup()).contains("rg-prod");
    assertThat(id.type()).isEqualTo(ResourceType.of("Microsoft.Compute/virtualMachines"));
    assertThat(id.name()).isEqualTo("THA-VM");
    assertThat(id.isScope()).isFalse();
    assertThat(id.isExtension()).isFalse();
    assertThat(id.parent()).isEqualTo(ResourceId.parse(SUB + "/resourceGroups/rg-prod"));
  }

  @Test
  void parsesNestedResource() {
    ResourceId key =
        ResourceId.parse(
            SUB + "/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1/keys/k1");
    assertThat(key.type()).isEqualTo(ResourceType.of("Microsoft.KeyVault/vaults/keys"));
    assertThat(key.name()).isEqualTo("k1");
    assertThat(key.parent().type()).isEqualTo(ResourceType.of("Microsoft.KeyVault/vaults"));
    assertThat(key.parent().name()).isEqualTo("kv1");
  }

  @Test
  void parsesExtensionResourceAndItsParent() {
    ResourceId setting =
        ResourceId.parse(VM + "/providers/Microsoft.Insights/diagnosticSettings/to-workspace");
    assertThat(setting.isExtension()).isTrue();
    assertThat(setting.type()).isEqualTo(ResourceType.of("Microsoft.Insights/diagnosticSettings"));
    assertThat(setting.parent()).isEqualTo(ResourceId.parse(VM));
  }

  @Test
  void extensionOnNestedChildHangsOnTheChild() {
    String blob =
        SUB
            + "/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1/blobServices/default";
    ResourceId setting =
        ResourceId.parse(blob + "/providers/Microsoft.Insights/diagnosticSettings/logs");
    assertThat(setting.parent()).isEqualTo(ResourceId.parse(blob));
    assertThat(setting.parent().parent().name()).isEqualTo("st1");
  }

  @Test
  void parsesScopesAndTenantLevelResources() {
    assertThat(ResourceId.parse("/")).isSameAs(ResourceId.TENANT);
    assertThat(ResourceId.parse(SUB).type())
        .isEqualTo(ResourceType.of("Microsoft.Resources/subscriptions"));
    assertThat(ResourceId.parse(SUB).parent()).isEqualTo(ResourceId.TENANT);
    ResourceId aad = ResourceId.parse("/providers/microsoft.aadiam/diagnosticSettings/entra");
    assertThat(aad.type()).isEqualTo(ResourceType.of("microsoft.aadiam/diagnosticSettings"));
    assertThat(aad.parent()).isEqualTo(ResourceId.TENANT);
    ResourceId activityLog =
        ResourceId.parse(SUB + "/providers/Microsoft.Insights/diagnosticSettings/al");
    assertThat(activityLog.isExtension()).isFalse();
    assertThat(activityLog.parent()).isEqualTo(ResourceId.parse(SUB));
  }

  @Test
  void comparesIgnoringCaseButKeepsSpelling() {
    ResourceId upper = ResourceId.parse(VM);
    ResourceId lower = ResourceId.parse(VM.toLowerCase(java.util.Locale.ROOT));
    assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower);
    assertThat(upper.toString()).isEqualTo(VM);
  }

  /**
   * Ids equal ignoring case hash alike, for the characters around the ASCII letters too ('@', '[',
   * '`', '{') and beyond ASCII, where case folding is not a simple offset.
   */
  @Test
  void equalIdsHashAlikeWhateverTheirCharacters() {
    List<String> names =
        List.of(
            "a@[`{z",
            "A@[`{Z",
            "\u00e9T\u00c9",
            "\u00c9t\u00e9",
            "\u0130x",
            "\u0131X",
            "\u017f",
            "S");
    for (String first : names) {
      for (String second : names) {
        ResourceId a = ResourceId.parse(VM + first);
        ResourceId b = ResourceId.parse(VM + second);
        boolean same = (VM + first).equalsIgnoreCase(VM + second);
        assertThat(a.equals(b)).as("%s = %s", first, second).isEqualTo(same);
        if (same) {
          assertThat(a.hashCode()).as("hash %s = %s", first, second).isEqualTo(b.hashCode());
        }
      }
    }
  }

  @Test
  void recognisesItsParentSpelledExactlyAlike() {
    List<String> ids =
        List.of(
            VM,
            VM + "/extensions/e",
            VM + "/providers/Microsoft.Insights/diagnosticSettings/d",
            "/subscriptions/s1/resourceGroups/rg",
            "/subscriptions/s1",
            "/providers/Microsoft.Management/managementGroups/mg",
            "/subscriptions/s1/providers/Microsoft.Insights/diagnosticSettings/activity");
    for (String text : ids) {
      ResourceId id = ResourceId.parse(text);
      assertThat(id.hasParentSpelled(id.parent())).as(text).isTrue();
      assertThat(id.hasParentSpelled(id)).as(text).isFalse();
      ResourceId shouted = ResourceId.parse(id.parent().toString().toUpperCase(Locale.ROOT));
      if (!shouted.toString().equals(id.parent().toString())) {
        assertThat(id.hasParentSpelled(shouted)).as(text).isFalse();
      }
    }
    ResourceId other = ResourceId.parse(VM.replace("/rg-prod/", "/rg-test/"));
    assertThat(ResourceId.parse(VM).hasParentSpelled(other.parent())).isFalse();
    assertThat(ResourceId.TENANT.hasParentSpelled(ResourceId.TENANT)).isFalse();
  }

  @Test
  void ancestryWalksUpToTheTenant() {
    assertThat(ResourceId.parse(VM).ancestry())
        .extracting(ResourceId::toString)
        .containsExactly(VM, SUB + "/resourceGroups/rg-prod", SUB, "/");
  }

  @Test
  void rejectsMalformedIdsWithTheReason() {
    assertThatThrownBy(() -> ResourceId.parse("subscriptions/x"))
        .hasMessageContaining("must start with '/'");
    assertThatThrownBy(() -> ResourceId.parse(SUB + "/resourceGroups"))
        .hasMessageContaining("'resourceGroups' must be followed by a name");
    assertThatThrownBy(() -> ResourceId.parse(SUB + "/rg/x"))
        .hasMessageContaining("expected 'providers'");
    assertThatThrownBy(() -> ResourceId.parse(SUB + "/providers/Microsoft.Compute/virtualMachines"))
        .hasMessageContaining("must be followed by a name");
  }

  @Test
  void knowsWhatLiesWithinAScope() {
    ResourceId vm = ResourceId.parse(VM);
    assertThat(vm.isWithin(ResourceId.TENANT)).isTrue();
    assertThat(
            vm.isWithin(
                ResourceId.parse(
                    SUB.toUpperCase(java.util.Locale.ROOT)
                        .replace("/SUBSCRIPTIONS", "/subscriptions"))))
        .isTrue();
    assertThat(vm.isWithin(vm)).isTrue();
    assertThat(vm.isWithin(ResourceId.parse(SUB + "/resourceGroups/rg-pro"))).isFalse();
    assertThat(ResourceId.parse(SUB).isWithin(vm)).isFalse();
  }

  @Test
  void parentsOfParentsStayParseable() {
    ResourceId setting =
        ResourceId.parse(
            SUB
                + "/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1/blobServices/default/providers/Microsoft.Insights/diagnosticSettings/x");
    for (ResourceId id : setting.ancestry()) {
      assertThat(ResourceId.parse(id.toString())).isEqualTo(id);
      assertThat(ResourceId.parse(id.toString()).type()).isEqualTo(id.type());
      assertThat(ResourceId.parse(id.toString()).isExtension()).isEqualTo(id.isExtension());
    }
  }
}
