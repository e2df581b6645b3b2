package dev.readiness.testkit.fakeazure;

import static dev.readiness.testkit.fakeazure.Tenant.RG1;
import static dev.readiness.testkit.fakeazure.Tenant.STORAGE;
import static dev.readiness.testkit.fakeazure.Tenant.SUB1;
import static dev.readiness.testkit.fakeazure.Tenant.SUB2;
import static dev.readiness.testkit.fakeazure.Tenant.VAULT;
import static dev.readiness.testkit.fakeazure.Tenant.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.implementation.JacksonAccess;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArmTest {
  private static final Snapshot SNAPSHOT = Tenant.snapshot();
  private static FakeAzure azure;

  @BeforeAll
  static void start() {
    azure = FakeAzure.builder().snapshot(SNAPSHOT).pageSize(5).unthrottled().start();
  }

  @AfterAll
  static void stop() {
    azure.close();
  }

  /** Follows nextLink to the end; returns every id served and counts the pages. */
  static List<String> listAll(FakeAzure azure, String path, int[] pages) {
    List<String> ids = new ArrayList<>();
    HttpResponse<String> response = Http.get(azure.armEndpoint(), path + "?api-version=2024-01-01");
    while (true) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode body = Http.json(response);
      body.get("value").forEach(item -> ids.add(item.get("id").textValue()));
      pages[0]++;
      JsonNode next = body.get("nextLink");
      if (next == null) {
        return ids;
      }
      assertThat(next.textValue())
          .startsWith(azure.armEndpoint().toString())
          .contains("api-version=2024-01-01");
      response = Http.getAbsolute(next.textValue());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        RG1 + "/providers/Microsoft.Compute/virtualMachines",
        "/subscriptions/" + SUB1 + "/providers/Microsoft.Compute/virtualMachines",
        VAULT + "/keys",
        RG1
            + "/providers/Microsoft.Compute/virtualMachines/vm-02/providers/Microsoft.Insights/diagnosticSettings",
        "/subscriptions/" + SUB1 + "/providers/Microsoft.Insights/diagnosticSettings",
        "/providers/microsoft.aadiam/diagnosticSettings",
        WORKSPACE + "/tables",
        WORKSPACE + "/providers/Microsoft.SecurityInsights/alertRules",
        STORAGE + "/blobServices",
        "/subscriptions/"
            + SUB1
            + "/providers/Microsoft.Authorization/roleEligibilityScheduleInstances",
        "/subscriptions/" + SUB2 + "/providers/Microsoft.Security/pricings"
      })
  void listsServeEveryResourceExactlyOnceAcrossPages(String path) {
    ResourceId member = ResourceId.parse(path + "/x");
    List<String> expected = expectedList(member.parent(), member.type());
    assertThat(expected).as("the fixture must hold something to list").isNotEmpty();

    int[] pages = {0};
    List<String> served = listAll(azure, path, pages);

    assertThat(served).containsExactlyElementsOf(expected).doesNotHaveDuplicates();
    assertThat(pages[0]).isEqualTo((expected.size() + 4) / 5);
  }

  /** What ARM lists, computed independently of the server from the ids alone. */
  private static List<String> expectedList(ResourceId parent, ResourceType type) {
    return SNAPSHOT.resources(type).stream()
        .map(Resource::id)
        .filter(
            id ->
                parent.isScope() && !parent.equals(ResourceId.TENANT)
                    ? id.key().startsWith(parent.key() + "/") && !id.isExtension()
                    : id.parent().equals(parent))
        .map(ResourceId::toString)
        .toList();
  }

  @Test
  void subscriptionListExcludesResourceLevelDiagnosticSettings() {
    List<String> served =
        listAll(
            azure,
            "/subscriptions/" + SUB1 + "/providers/Microsoft.Insights/diagnosticSettings",
            new int[1]);
    assertThat(served).hasSize(6).allMatch(id -> id.contains("/diagnosticSettings/activity-"));
  }

  @Test
  void listsSubscriptionsOfTheMetadata() {
    List<String> served = listAll(azure, "/subscriptions", new int[1]);
    assertThat(served).containsExactly("/subscriptions/" + SUB1, "/subscriptions/" + SUB2);
  }

  @Test
  void getsAResourceByIdAsArmJson() {
    String id = RG1 + "/providers/Microsoft.Compute/virtualMachines/vm-07";
    HttpResponse<String> response = Http.get(azure.armEndpoint(), id + "?api-version=2024-07-01");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.json(response))
        .isEqualTo(JacksonAccess.forms().toJsonNode(SNAPSHOT.resource(id).orElseThrow()));
  }

  @Test
  void idsMatchIgnoringCase() {
    String id = RG1.toUpperCase() + "/providers/microsoft.compute/VIRTUALMACHINES/vm-07";
    assertThat(Http.get(azure.armEndpoint(), id + "?api-version=1").statusCode()).isEqualTo(200);
  }

  @Test
  void unknownResourceIsNotFound() {
    HttpResponse<String> response =
        Http.get(
            azure.armEndpoint(),
            RG1 + "/providers/Microsoft.Compute/virtualMachines/absent?api-version=2024-07-01");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Http.json(response).at("/error/code").textValue()).isEqualTo("ResourceNotFound");
  }

  @Test
  void listUnderAMissingParentIsNotFound() {
    HttpResponse<String> absentVault =
        Http.get(
            azure.armEndpoint(),
            RG1 + "/providers/Microsoft.KeyVault/vaults/absent/keys?api-version=1");
    HttpResponse<String> foreignSubscription =
        Http.get(
            azure.armEndpoint(),
            "/subscriptions/00000000-0000-0000-0000-000000000099/providers/Microsoft.Compute/virtualMachines?api-version=1");

    assertThat(absentVault.statusCode()).isEqualTo(404);
    assertThat(Http.json(absentVault).at("/error/code").textValue())
        .isEqualTo("ParentResourceNotFound");
    assertThat(foreignSubscription.statusCode()).isEqualTo(404);
    // An existing parent without children is an empty list.
    String vm = RG1 + "/providers/Microsoft.Compute/virtualMachines/vm-12";
    HttpResponse<String> none =
        Http.get(
            azure.armEndpoint(),
            vm + "/providers/Microsoft.Insights/diagnosticSettings?api-version=1");
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(Http.json(none).get("value")).isEmpty();
  }

  @Test
  void apiVersionIsRequired() {
    HttpResponse<String> response = Http.get(azure.armEndpoint(), VAULT + "/keys");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.json(response).at("/error/code").textValue())
        .isEqualTo("MissingApiVersionParameter");
  }

  @Test
  void requestsWithoutBearerTokenAreUnauthenticated() {
    HttpResponse<String> response =
        Http.send(
            java.net.http.HttpRequest.newBuilder(
                    Http.resolve(azure.armEndpoint(), VAULT + "?api-version=2023-07-01"))
                .GET()
                .build());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void skipTokenOfAnotherListIsRefused() {
    String next =
        Http.json(Http.get(azure.armEndpoint(), VAULT + "/keys?api-version=1"))
            .get("nextLink")
            .textValue();
    String token = next.substring(next.indexOf("$skiptoken=") + "$skiptoken=".length());

    HttpResponse<String> response =
        Http.get(azure.armEndpoint(), WORKSPACE + "/tables?api-version=1&$skiptoken=" + token);

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void writesAreRefused() {
    HttpResponse<String> response =
        Http.post(azure.armEndpoint(), VAULT + "/listKeys?api-version=2023-07-01", "{}");
    assertThat(response.statusCode()).isEqualTo(405);
  }

  @Test
  void deniedCoverageAnswers403NamingThePermissionAndScope() {
    Snapshot snapshot =
        Tenant.builder()
            .coverage(
                Tenant.denied(
                    "/subscriptions/" + SUB1,
                    "Microsoft.Insights/diagnosticSettings",
                    "Microsoft.Insights/diagnosticSettings/read"))
            .build();
    try (FakeAzure denied = FakeAzure.builder().snapshot(snapshot).unthrottled().start()) {
      String vm = RG1 + "/providers/Microsoft.Compute/virtualMachines/vm-01";
      HttpResponse<String> response =
          Http.get(
              denied.armEndpoint(),
              vm
                  + "/providers/Microsoft.Insights/diagnosticSettings?api-version=2021-05-01-preview");

      assertThat(response.statusCode()).isEqualTo(403);
      JsonNode error = Http.json(response).get("error");
      assertThat(error.get("code").textValue()).isEqualTo("AuthorizationFailed");
      assertThat(error.get("message").textValue())
          .contains("'Microsoft.Insights/diagnosticSettings/read'")
          .contains("over scope '" + vm + "'");
      // Other types in the subscription, and the same type elsewhere, are still served.
      assertThat(Http.get(denied.armEndpoint(), vm + "?api-version=1").statusCode()).isEqualTo(200);
      assertThat(
              Http.get(
                      denied.armEndpoint(),
                      "/subscriptions/"
                          + SUB2
                          + "/providers/Microsoft.Insights/diagnosticSettings?api-version=1")
                  .statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void failedCoverageAnswersTheRecordedStatus() {
    ResourceId vault = ResourceId.parse(VAULT);
    Snapshot snapshot =
        Tenant.builder()
            .coverage(
                CoverageRecord.failed(
                    vault, ResourceType.of("Microsoft.KeyVault/vaults/keys"), 404, null, "gone"))
            .coverage(
                CoverageRecord.failed(
                    ResourceId.parse(WORKSPACE),
                    ResourceType.of("Microsoft.OperationalInsights/workspaces/tables"),
                    0,
                    null,
                    "timed out"))
            .build();
    try (FakeAzure failing = FakeAzure.builder().snapshot(snapshot).unthrottled().start()) {
      assertThat(Http.get(failing.armEndpoint(), VAULT + "/keys?api-version=1").statusCode())
          .isEqualTo(404);
      assertThat(Http.get(failing.armEndpoint(), WORKSPACE + "/tables?api-version=1").statusCode())
          .isEqualTo(500);
    }
  }

  @Test
  void aNullNextLinkEndsTheLastPageOnly() {
    try (FakeAzure server =
        FakeAzure.builder()
            .snapshot(Tenant.snapshot())
            .unthrottled()
            .pageSize(1)
            .nullNextLinks(true)
            .start()) {
      JsonNode first =
          Http.json(Http.get(server.armEndpoint(), VAULT + "/keys?api-version=2023-07-01"));
      JsonNode page = first;
      while (page.path("nextLink").isTextual()) {
        page = Http.json(Http.getAbsolute(page.get("nextLink").textValue()));
      }

      assertThat(first.path("nextLink").isTextual()).as("a first page of several").isTrue();
      assertThat(page.has("nextLink")).isTrue();
      assertThat(page.get("nextLink").isNull()).isTrue();
    }
  }
}
