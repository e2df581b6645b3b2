package dev.readiness.testkit.fakeazure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.api.Snapshot;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class KeyVaultTest {
  @Test
  void servesRotationPoliciesPerVaultAndKey() {
    Snapshot snapshot = Tenant.snapshot();
    try (FakeAzure azure = FakeAzure.builder().snapshot(snapshot).start()) {
      HttpResponse<String> withPolicy =
          Http.get(
              azure.keyVaultEndpoint(), "kv-fake01/keys/key-01/rotationpolicy?api-version=7.4");
      HttpResponse<String> withoutPolicy =
          Http.get(
              azure.keyVaultEndpoint(), "kv-fake01/keys/key-02/rotationpolicy?api-version=7.4");
      HttpResponse<String> noKey =
          Http.get(
              azure.keyVaultEndpoint(), "kv-fake01/keys/absent/rotationpolicy?api-version=7.4");

      assertThat(withPolicy.statusCode()).isEqualTo(200);
      JsonNode policy = Http.json(withPolicy);
      assertThat(policy.at("/lifetimeActions/0/action/type").textValue()).isEqualTo("Rotate");
      assertThat(policy.at("/attributes/expiryTime").textValue()).isEqualTo("P1Y");
      assertThat(withoutPolicy.statusCode()).isEqualTo(200);
      assertThat(Http.json(withoutPolicy).get("lifetimeActions")).isEmpty();
      assertThat(noKey.statusCode()).isEqualTo(404);
      assertThat(
              Http.get(azure.keyVaultEndpoint(), "kv-fake01/keys/key-01/rotationpolicy")
                  .statusCode())
          .isEqualTo(400);
    }
  }

  @Test
  void deniedDataPlaneAnswers403() {
    Snapshot snapshot =
        Tenant.builder()
            .coverage(
                Tenant.denied(
                    Tenant.VAULT,
                    "Microsoft.KeyVault/vaults/keys/rotationPolicy",
                    "Microsoft.KeyVault/vaults/keys/readRotationPolicy/action"))
            .build();
    try (FakeAzure azure = FakeAzure.builder().snapshot(snapshot).start()) {
      HttpResponse<String> response =
          Http.get(
              azure.keyVaultEndpoint(), "kv-fake01/keys/key-01/rotationpolicy?api-version=7.4");

      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.body()).contains("readRotationPolicy");
    }
  }
}
