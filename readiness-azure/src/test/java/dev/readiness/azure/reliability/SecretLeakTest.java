package dev.readiness.azure.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Report;
import dev.readiness.api.Resource;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotRecorder;
import dev.readiness.api.format.SnapshotWriter;
import dev.readiness.api.report.ReportFormat;
import dev.readiness.api.report.ScanReport;
import dev.readiness.testkit.fakeazure.FakeAzure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A corpus of secrets planted where Azure really returns them (and where careless people put them),
 * served by FakeAzure, then a full record-and-scan: collector, recorder, engine with every built-in
 * rule, every report format. No planted value appears in the snapshot, the recordings, any report
 * or the log written at DEBUG (the module's simplelogger.properties sends it to one file).
 */
class SecretLeakTest {
  private static final String JWT =
      "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJQTEFOVEVELUpXVCJ9.UExBTlRFRC1KV1QtU0lHTkFUVVJF";

  /** Every planted value; each is unique, so finding it anywhere is a leak. */
  private static final List<String> PLANTED =
      List.of(
          "PLANTED-CUSTOMDATA",
          "PLANTED-VM-PASSWORD",
          "PLANTED-PROTECTED-SETTING",
          "PLANTED-KEY-1",
          "PLANTED-SIG-1",
          "PLANTED-SIG-2",
          "PLANTED-KEY-2",
          "PLANTED-APPSETTING",
          "PLANTED-SQLPWD-2",
          "PLANTED-SQL-ADMIN",
          "PLANTED-PEM-FULL",
          "PLANTED-PEM-TRUNCATED",
          JWT,
          "UExBTlRFRC1KV1QtU0lHTkFUVVJF",
          "PLANTED-OPAQUE-BEARER",
          "PLANTED-FUNCTION-CODE",
          "PLANTED-QUOTED-PASSWORD");

  private static List<Resource> planted(Snapshot tenant) {
    String rg =
        "/subscriptions/" + tenant.metadata().subscriptions().get(0) + "/resourceGroups/rg-secrets";
    String vm = rg + "/providers/Microsoft.Compute/virtualMachines/vm-secrets";
    String site = rg + "/providers/Microsoft.Web/sites/func-secrets";
    return List.of(
        parse(
            """
            {"id": "%s", "name": "vm-secrets", "type": "Microsoft.Compute/virtualMachines",
             "location": "westeurope",
             "properties": {"osProfile": {"computerName": "vm-secrets", "adminUsername": "azureuser",
               "adminPassword": "PLANTED-VM-PASSWORD", "customData": "PLANTED-CUSTOMDATA"},
               "storageProfile": {"osDisk": {"osType": "Linux"}}}}""",
            vm),
        parse(
            """
            {"id": "%s/extensions/CustomScript", "name": "CustomScript",
             "type": "Microsoft.Compute/virtualMachines/extensions",
             "properties": {"publisher": "Microsoft.Azure.Extensions", "type": "CustomScript",
               "protectedSettings": {"commandToExecute": "PLANTED-PROTECTED-SETTING"},
               "settings": {"fileUris": ["https://stfake.blob.core.windows.net/s/run.sh?sv=2022-11-02&sp=r&sig=PLANTED-SIG-2"]}}}""",
            vm),
        parse(
            """
            {"id": "%s/providers/Microsoft.Storage/storageAccounts/stsecrets", "name": "stsecrets",
             "type": "Microsoft.Storage/storageAccounts", "kind": "StorageV2", "location": "westeurope",
             "tags": {"conn": "DefaultEndpointsProtocol=https;AccountName=stsecrets;AccountKey=PLANTED-KEY-1==;EndpointSuffix=core.windows.net"},
             "properties": {"minimumTlsVersion": "TLS1_0 https://stsecrets.blob.core.windows.net/c?sv=2022-11-02&sig=PLANTED-SIG-1",
               "supportsHttpsTrafficOnly": false}}""",
            rg),
        parse(
            """
            {"id": "%s", "name": "func-secrets", "type": "Microsoft.Web/sites", "kind": "functionapp",
             "location": "westeurope", "properties": {"httpsOnly": false}}""",
            site),
        parse(
            """
            {"id": "%s/config/web", "name": "web", "type": "Microsoft.Web/sites/config",
             "properties": {"minTlsVersion": "1.0",
               "appSettings": [
                 {"name": "AzureWebJobsStorage", "value": "DefaultEndpointsProtocol=https;AccountName=st;AccountKey=PLANTED-KEY-2=="},
                 {"name": "API_TOKEN", "value": "PLANTED-APPSETTING"}],
               "connectionStrings": [
                 {"name": "db", "type": "SQLAzure", "connectionString": "Server=tcp:sql.contoso.example;User ID=app;Password=PLANTED-SQLPWD-2;"}]}}""",
            site),
        parse(
            """
            {"id": "%s/providers/Microsoft.Sql/servers/sql-secrets", "name": "sql-secrets",
             "type": "Microsoft.Sql/servers", "location": "westeurope",
             "properties": {"administratorLogin": "sqladmin", "administratorLoginPassword": "PLANTED-SQL-ADMIN",
               "minimalTlsVersion": "1.0"}}""",
            rg),
        parse(
            """
            {"id": "%s/providers/Microsoft.KeyVault/vaults/kv-secrets", "name": "kv-secrets",
             "type": "Microsoft.KeyVault/vaults", "location": "westeurope",
             "tags": {"full": "-----BEGIN EC PRIVATE KEY-----\\nPLANTED-PEM-FULL\\n-----END EC PRIVATE KEY-----",
               "cut": "-----BEGIN RSA PRIVATE KEY-----\\nPLANTED-PEM-TRUNCATED"},
             "properties": {"enableSoftDelete": true, "enablePurgeProtection": true}}""",
            rg),
        parse(
            """
            {"id": "%s/providers/Microsoft.Automation/automationAccounts/aa-secrets",
             "name": "aa-secrets", "type": "Microsoft.Automation/automationAccounts",
             "location": "westeurope",
             "properties": {"description": "Server=db;Password='PLANTED-QUOTED-PASSWORD';", "token": "%s",
               "webhook": "https://func.contoso.example/api/hook?code=PLANTED-FUNCTION-CODE",
               "note": "Authorization: Bearer PLANTED-OPAQUE-BEARER"}}""",
            rg, JWT));
  }

  @Test
  void noPlantedSecretReachesASnapshotAReportOrTheLog() throws IOException {
    Snapshot tenant = LiveScan.tenant();
    Snapshot served =
        Snapshot.builder(tenant.metadata())
            .addAll(tenant.resources())
            .coverage(tenant.coverage())
            .addAll(planted(tenant))
            .build();
    // The writer sanitizes: the planted secrets are seen in the served resources themselves.
    String servedText =
        served.resources().stream().map(Resource::toJsonString).reduce("", String::concat);
    assertThat(PLANTED).allSatisfy(secret -> assertThat(servedText).contains(secret));

    Snapshot collected;
    try (FakeAzure azure = LiveScan.fake(served).unthrottled().start()) {
      collected = LiveScan.collect(azure, UnaryOperator.identity());
    }
    // The planted resources were collected: the corpus was in reach of the scan.
    assertThat(planted(tenant))
        .as("planted resources the scan did not collect")
        .filteredOn(r -> collected.resource(r.id()).isEmpty())
        .extracting(r -> r.id().toString())
        .isEmpty();
    Report report = LiveScan.ENGINE.evaluate(collected);

    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("collected snapshot", SnapshotWriter.toJson(collected));
    outputs.put("plain recording", recording(SnapshotRecorder.plain(), collected));
    outputs.put(
        "anonymized recording",
        recording(
            SnapshotRecorder.anonymizing(
                "a-test-key-of-32-bytes-length!!!".getBytes(StandardCharsets.UTF_8)),
            collected));
    for (ReportFormat format : ReportFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      format.write(ScanReport.of(report), out);
      outputs.put(format.id() + " report", out.toString(StandardCharsets.UTF_8));
    }
    outputs.put("DEBUG log", Files.readString(Path.of("target", "collector-test.log")));

    for (Map.Entry<String, String> output : outputs.entrySet()) {
      assertThat(PLANTED)
          .as("planted values found in the %s", output.getKey())
          .filteredOn(secret -> output.getValue().contains(secret))
          .isEmpty();
    }
    assertThat(outputs.get("DEBUG log")).contains("DEBUG").contains("stsecrets");
    assertThat(outputs.get("json report")).contains("stsecrets");
  }

  private static String recording(SnapshotRecorder recorder, Snapshot snapshot) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    recorder.write(snapshot, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Resource parse(String template, Object... values) {
    return Resource.parse(template.formatted(values));
  }
}
