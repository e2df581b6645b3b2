package dev.readiness.azure.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SUB = "/subscriptions/00000000-0000-0000-0000-000000000001";
  private static final String DB =
      SUB + "/resourceGroups/rg/providers/Microsoft.Sql/servers/s/databases/db";
  private static final ResourceType SETTINGS =
      ResourceType.of("Microsoft.Insights/diagnosticSettings");
  private static final ResourceType TDE =
      ResourceType.of("Microsoft.Sql/servers/databases/transparentDataEncryption");

  private static ObjectNode item(String json) {
    try {
      return (ObjectNode) MAPPER.readTree(json.replace('\'', '"'));
    } catch (Exception malformed) {
      throw new IllegalArgumentException(malformed);
    }
  }

  private static String placedId(Placement placement, String json) {
    Placement.Placed placed = placement.place(item(json));
    assertThat(placed.problem()).isNull();
    return placed.resource().id().toString();
  }

  @Test
  void anIdWithoutItsLeadingSlashIsReadWithIt() {
    String id = DB.substring(1) + "/providers/microsoft.insights/diagnosticSettings/ds";

    assertThat(placedId(Placement.under(ResourceId.parse(DB), SETTINGS), "{'id':'" + id + "'}"))
        .isEqualTo("/" + id);
  }

  @Test
  void anIdNamingAnotherProviderIsRebuiltFromTheParentAndTheName() {
    String json =
        "{'id':'"
            + SUB.substring(1)
            + "/providers/AzureResourceManager/diagnosticSettings/ds','name':'ds','type':null}";
    Placement.Placed placed =
        Placement.under(ResourceId.subscription(SUB.substring(15)), SETTINGS).place(item(json));

    assertThat(placed.resource().id().toString())
        .isEqualTo(SUB + "/providers/Microsoft.Insights/diagnosticSettings/ds");
    assertThat(placed.resource().type()).isEqualTo(SETTINGS);
  }

  @Test
  void aChildWhoseIdIsItsParentsIsRebuiltAsAChild() {
    assertThat(
            placedId(
                Placement.under(ResourceId.parse(DB), TDE),
                "{'id':'" + DB + "','name':'current','type':'" + TDE + "'}"))
        .isEqualTo(DB + "/transparentDataEncryption/current");
  }

  @Test
  void anItemWithoutIdOrNameCannotBePlaced() {
    Placement.Placed placed =
        Placement.under(ResourceId.parse(DB), SETTINGS).place(item("{'properties':{}}"));

    assertThat(placed.resource()).isNull();
    assertThat(placed.problem()).contains("with id (none) and name (none)");
  }

  @Test
  void aSingleReadIsAboutTheResourceAskedFor() {
    String policy = SUB + "/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/sa";
    ResourceType type = ResourceType.of("Microsoft.Storage/storageAccounts/managementPolicies");

    assertThat(
            placedId(
                Placement.exactly(ResourceId.parse(policy + "/managementPolicies/default"), type),
                "{'id':'somewhere/else','name':'DefaultManagementPolicy'}"))
        .isEqualTo(policy + "/managementPolicies/default");
  }

  @Test
  void anArmListItemIsOfTheListsTypeWhateverItSpells() {
    ResourceType assignments =
        ResourceType.of("Microsoft.Authorization/roleManagementPolicyAssignments");
    String id = SUB + "/providers/Microsoft.Authorization/roleManagementPolicyAssignment/p_r";
    Placement.Placed placed =
        Placement.anywhere(assignments)
            .place(
                item(
                    "{'id':'"
                        + id
                        + "','type':'Microsoft.Authorization/RoleManagementPolicyAssignment'}"));

    assertThat(placed.resource().type()).isEqualTo(assignments);
    assertThat(placed.resource().id().toString()).isEqualTo(id);
  }

  @Test
  void aResourceGraphRowOutsideTheQueriedSubscriptionsCannotBePlaced() {
    ResourceType vaults = ResourceType.of("Microsoft.KeyVault/vaults");
    Placement rows = Placement.resourceGraphRows(List.of(ResourceId.parse(SUB)), vaults);
    String other =
        "/subscriptions/00000000-0000-0000-0000-00000000ffff/resourceGroups/rg/providers"
            + "/Microsoft.KeyVault/vaults/kv";

    assertThat(
            rows.place(item("{'id':'" + other + "','type':'microsoft.keyvault/vaults'}")).problem())
        .contains("does not lie where it was listed");
    assertThat(
            placedId(
                rows,
                "{'id':'"
                    + other.replace("00000000-0000-0000-0000-00000000ffff", SUB.substring(15))
                    + "'}"))
        .startsWith(SUB);
  }
}
