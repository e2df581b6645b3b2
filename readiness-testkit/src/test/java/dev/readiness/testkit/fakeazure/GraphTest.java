package dev.readiness.testkit.fakeazure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphTest {
  private static final Snapshot SNAPSHOT = Tenant.snapshot();
  private static FakeAzure azure;

  @BeforeAll
  static void start() {
    azure = FakeAzure.builder().snapshot(SNAPSHOT).pageSize(4).start();
  }

  @AfterAll
  static void stop() {
    azure.close();
  }

  private static List<JsonNode> listAll(String pathAndQuery, int[] pages) {
    List<JsonNode> objects = new ArrayList<>();
    HttpResponse<String> response = Http.get(azure.graphEndpoint(), pathAndQuery);
    while (true) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode body = Http.json(response);
      assertThat(body.get("@odata.context").textValue()).contains("/v1.0/$metadata#");
      body.get("value").forEach(objects::add);
      pages[0]++;
      JsonNode next = body.get("@odata.nextLink");
      if (next == null) {
        return objects;
      }
      assertThat(next.textValue()).startsWith(azure.graphEndpoint() + "v1.0/");
      response = Http.getAbsolute(next.textValue());
    }
  }

  @Test
  void usersPageWithNextLinkAndEachComesOnce() {
    int[] pages = {0};
    List<JsonNode> users = listAll("v1.0/users?$select=ID,userPrincipalName,accountenabled", pages);

    assertThat(users)
        .extracting(user -> user.get("id").textValue())
        .doesNotHaveDuplicates()
        .containsExactlyElementsOf(
            SNAPSHOT.resources(ResourceType.of("microsoft.graph/users")).stream()
                .map(r -> r.id().name())
                .toList());
    assertThat(pages[0]).isEqualTo(4); // 13 users in pages of 4
    assertThat(users.get(0).has("userType")).as("$select drops unselected properties").isFalse();
    assertThat(users.get(0).get("accountEnabled").booleanValue()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "v1.0/reports/authenticationMethods/userRegistrationDetails, userRegistrationDetails",
    "v1.0/identity/conditionalAccess/policies, conditionalAccessPolicies",
    "v1.0/roleManagement/directory/roleAssignments, directoryRoleAssignments",
    "v1.0/roleManagement/directory/roleEligibilitySchedules, directoryRoleEligibilitySchedules",
    "v1.0/identityGovernance/accessReviews/definitions, accessReviewDefinitions"
  })
  void everyCollectionPagesAndServesEachObjectOnce(String path, String collection) {
    int[] pages = {0};
    List<JsonNode> objects = listAll(path, pages);

    List<String> expected =
        SNAPSHOT.resources(ResourceType.of("microsoft.graph/" + collection)).stream()
            .map(r -> r.id().name())
            .toList();
    assertThat(expected).hasSize(5);
    assertThat(objects)
        .extracting(object -> object.get("id").textValue())
        .containsExactlyElementsOf(expected);
    assertThat(objects.get(0).get("displayName").textValue()).isEqualTo(collection + " 1");
    assertThat(pages[0]).isEqualTo(2);
  }

  @Test
  void topSetsThePageSize() {
    int[] pages = {0};
    assertThat(listAll("v1.0/users?$top=10", pages)).hasSize(13);
    assertThat(pages[0]).isEqualTo(2);
  }

  @Test
  void emptyCollectionIsAnEmptyValue() {
    try (FakeAzure empty =
        FakeAzure.builder().snapshot(Snapshot.builder(SNAPSHOT.metadata()).build()).start()) {
      HttpResponse<String> response =
          Http.get(empty.graphEndpoint(), "v1.0/identity/conditionalAccess/policies");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(Http.json(response).get("value")).isEmpty();
      assertThat(Http.json(response).has("@odata.nextLink")).isFalse();
    }
  }

  @Test
  void securityDefaultsIsOneObject() {
    HttpResponse<String> response =
        Http.get(azure.graphEndpoint(), "v1.0/policies/identitySecurityDefaultsEnforcementPolicy");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode policy = Http.json(response);
    assertThat(policy.get("isEnabled").booleanValue()).isFalse();
    assertThat(policy.has("value")).isFalse();
  }

  @Test
  void unknownPathIsRefused() {
    assertThat(Http.get(azure.graphEndpoint(), "beta/users").statusCode()).isEqualTo(400);
  }

  @Test
  void deniedCoverageAnswersAuthorizationRequestDenied() {
    Snapshot snapshot =
        Tenant.builder()
            .coverage(
                CoverageRecord.denied(
                    ResourceId.TENANT,
                    ResourceType.of("microsoft.graph/users"),
                    403,
                    "User.Read.All",
                    null))
            .build();
    try (FakeAzure denied = FakeAzure.builder().snapshot(snapshot).start()) {
      HttpResponse<String> users = Http.get(denied.graphEndpoint(), "v1.0/users");

      assertThat(users.statusCode()).isEqualTo(403);
      assertThat(Http.json(users).at("/error/code").textValue())
          .isEqualTo("Authorization_RequestDenied");
      assertThat(
              Http.get(
                      denied.graphEndpoint(),
                      "v1.0/policies/identitySecurityDefaultsEnforcementPolicy")
                  .statusCode())
          .isEqualTo(200);
    }
  }
}
