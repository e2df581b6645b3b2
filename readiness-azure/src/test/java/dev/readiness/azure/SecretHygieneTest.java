package dev.readiness.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotRecorder;
import dev.readiness.api.format.SnapshotWriter;
import dev.readiness.testkit.fakeazure.FakeAzure;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Secrets planted in what Azure answers never reach the snapshot, a recording or a log line. */
class SecretHygieneTest {
  private static final String JWT =
      "eyJhbGciOiJub25lIn0.eyJzdWIiOiJTRUNSRVQtand0In0.U0VDUkVULXNpZw";
  private static final List<String> SECRETS =
      List.of(
          "SECRET-customdata",
          "SECRET-password",
          "SECRETKEY1",
          "SECRETSIG2",
          JWT,
          "SECRETPEM",
          "SECRET-sql",
          "SECRET-appsetting");

  private static Resource[] planted() {
    String rg = TestTenant.rg(TestTenant.SUB1);
    return new Resource[] {
      Resource.parse(
          """
          {"id": "%s/providers/Microsoft.Compute/virtualMachines/vm-secret", "name": "vm-secret",
           "type": "Microsoft.Compute/virtualMachines",
           "properties": {"osProfile": {"adminUsername": "fakeadmin",
             "adminPassword": "SECRET-password", "customData": "SECRET-customdata"}}}"""
              .formatted(rg)),
      Resource.parse(
          """
          {"id": "%s/providers/Microsoft.Web/sites/app-secret", "name": "app-secret",
           "type": "Microsoft.Web/sites",
           "tags": {"note": "token %s", "sas": "https://st.blob.core.windows.net/c?sv=2022&sig=SECRETSIG2"},
           "properties": {"httpsOnly": true,
             "description": "DefaultEndpointsProtocol=https;AccountName=st;AccountKey=SECRETKEY1==",
             "certificate": "-----BEGIN PRIVATE KEY-----\\nSECRETPEM\\n-----END PRIVATE KEY-----"}}"""
              .formatted(rg, JWT)),
      Resource.parse(
          """
          {"id": "%s/providers/Microsoft.Web/sites/app-secret/config/web", "name": "web",
           "type": "Microsoft.Web/sites/config",
           "properties": {"minTlsVersion": "1.2",
             "appSettings": [{"name": "API_KEY", "value": "SECRET-appsetting"}]}}"""
              .formatted(rg)),
      Resource.parse(
          """
          {"id": "%s/providers/Microsoft.Sql/servers/sql-secret", "name": "sql-secret",
           "type": "Microsoft.Sql/servers",
           "properties": {"administratorLogin": "fakeadmin", "administratorLoginPassword": "SECRET-sql"}}"""
              .formatted(rg))
    };
  }

  @Test
  void plantedSecretsReachNeitherSnapshotNorRecordingNorLog() throws Exception {
    Snapshot served = TestTenant.snapshot(planted());
    Set<ResourceType> types = new TreeSet<>(TestTenant.types());
    types.add(ResourceType.of("Microsoft.Web/sites/config"));
    types.add(ResourceType.of("Microsoft.Sql/servers"));
    // The writer sanitizes: the planted secrets are seen in the served resources themselves.
    String servedText =
        served.resources().stream().map(Resource::toJsonString).reduce("", String::concat);
    SECRETS.forEach(secret -> assertThat(servedText).contains(secret));

    Snapshot collected;
    try (FakeAzure azure = FakeAzure.builder().snapshot(served).unthrottled().start()) {
      collected =
          TestCollectors.against(azure, types)
              .retryDelays(Duration.ofMillis(1), Duration.ofMillis(10))
              .build()
              .collect();
    }
    ByteArrayOutputStream recording = new ByteArrayOutputStream();
    SnapshotRecorder.plain().write(collected, recording);
    String log = Files.readString(Path.of("target", "collector-test.log"));

    for (String secret : SECRETS) {
      assertThat(SnapshotWriter.toJson(collected)).doesNotContain(secret);
      assertThat(recording.toString(StandardCharsets.UTF_8)).doesNotContain(secret);
      assertThat(log).doesNotContain(secret);
    }
    Resource config =
        collected
            .resource(
                TestTenant.rg(TestTenant.SUB1)
                    + "/providers/Microsoft.Web/sites/app-secret/config/web")
            .orElseThrow();
    assertThat(config.at("/properties/appSettings/0/name").text()).hasValue("API_KEY");
    assertThat(collected.coverage().gaps()).isEmpty();
    assertThat(log).contains("Collected ");
  }
}
