package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every exit code, and the one line that explains 2 and 3. */
class ExitCodeTest {
  @TempDir Path dir;

  private final String snapshot = Cli.input("contoso.json");

  @Test
  void zeroWhenNothingIsAtOrAboveFailOn() {
    Cli.Result result =
        Cli.run(
            "scan", "--snapshot", snapshot, "--rules", "TEST-STORAGE-TLS", "--fail-on", "critical");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("No failure at or above CRITICAL.");
  }

  @Test
  void oneWhenAFailureIsAtOrAboveFailOn() {
    assertThat(scan("--fail-on", "high").exitCode()).isEqualTo(1);
  }

  @Test
  void fourWithOnePlainSentenceWhenTheSnapshotHoldsNothing() throws IOException {
    Path empty = file("empty.json", "[]");
    Cli.Result result = Cli.run("scan", "--snapshot", empty.toString());
    assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.UNDECIDED);
    assertThat(result.err().strip())
        .isEqualTo(
            "The snapshot holds no resources, so the checklist could not decide anything (exit"
                + " code 4).");
  }

  @Test
  void fourWhenARuleAtOrAboveFailOnDecidedNothing() throws IOException {
    // What `az graph query` prints for one storage account: the rules on everything else cannot
    // decide, and a CI gate must not read that as green.
    Path graph =
        file(
            "graph.json",
            """
            {"count": 1, "skip_token": null, "total_records": 1, "data": [
              {"id": "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1",
               "name": "st1", "type": "microsoft.storage/storageaccounts",
               "subscriptionId": "00000000-0000-0000-0000-000000000001",
               "properties": {"supportsHttpsTrafficOnly": true, "minimumTlsVersion": "TLS1_2"}}]}
            """);
    Cli.Result result =
        Cli.run("scan", "--snapshot", graph.toString(), "--rules", "FR-DATA-02,FR-LOG-01");
    assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.UNDECIDED);
    assertThat(result.err())
        .contains("Rule FR-LOG-01, at or above HIGH, decided nothing")
        .doesNotContain("FR-DATA-02");
  }

  @Test
  void aFailureWinsOverUndecidedAndAllowUndecidedRestoresZero() throws IOException {
    Path empty = file("empty.json", "[]");
    Cli.Result allowed = Cli.run("scan", "--snapshot", empty.toString(), "--allow-undecided");
    assertThat(allowed.exitCode()).as(allowed.err()).isZero();
    assertThat(allowed.err()).contains("could not decide anything").doesNotContain("exit code 4");
    // The contoso snapshot fails a HIGH rule and leaves others undecided: the failure decides.
    assertThat(scan("--fail-on", "high").exitCode()).isEqualTo(Exit.FINDINGS);
  }

  @Test
  void twoForAMissingSnapshotNamingTheFile() {
    Path missing = dir.resolve("missing.json");
    Cli.Result result = Cli.run("scan", "--snapshot", missing.toString());
    assertBadInput(result, missing + ":");
  }

  @Test
  void twoForAMalformedSnapshotNamingLineAndColumn() {
    String malformed = Cli.input("malformed.json");
    assertBadInput(Cli.run("scan", "--snapshot", malformed), malformed + ":8:3");
  }

  @Test
  void skippedItemsAreNoBadInputButOneLineNamingThem() {
    String export = Cli.input("psrule-skipped.json");
    Cli.Result result =
        Cli.run("scan", "--snapshot", export, "--rules", "TEST-STORAGE-TLS", "--format", "json");
    assertThat(result.exitCode()).as(result.err()).isLessThanOrEqualTo(Exit.FINDINGS);
    assertThat(result.err().lines().filter(line -> line.contains("skipped")))
        .singleElement()
        .asString()
        .startsWith("readiness: " + export + ": skipped 1 item")
        .contains("Microsoft.Storage/storageAccounts (it has no resource id)", export + ":16:3");
    // The account in hand is judged on its own settings; the skipped one, which could be
    // anywhere, is an UNKNOWN naming the skip.
    assertThat(result.out())
        .contains("stexample requires TLS 1.2.")
        .contains("\"status\":\"UNKNOWN\"")
        .contains("an imported item was skipped (line 16): it has no resource id");
  }

  @Test
  void twoForUnknownOptionsAndValues() {
    assertBadInput(Cli.run("scan", "--snapshot", snapshot, "--colour"), "Unknown option");
    assertBadInput(scan("--format", "pdf"), "Unknown report format 'pdf'");
    assertBadInput(scan("--min-severity", "urgent"), "Unknown severity 'urgent'");
    assertBadInput(scan("--category", "cooking"), "Unknown category 'cooking'");
    assertBadInput(scan("--rules", "NO-SUCH-RULE"), "Unknown rule id 'NO-SUCH-RULE'");
    assertBadInput(Cli.run("scan"), "Missing required argument");
    assertBadInput(Cli.run("scan", "--demo", "--snapshot", snapshot), "mutually exclusive");
    assertBadInput(Cli.run(), "Usage: readiness");
  }

  @Test
  void twoForSeveralFormatsWithoutAnOutputDirectory() {
    assertBadInput(scan("--format", "json", "--format", "csv"), "need --output DIR");
  }

  @Test
  void twoForLiveOptionsWithoutLive() {
    assertBadInput(scan("--subscription", "00000000-0000-0000-0000-000000000001"), "need --live");
  }

  @Test
  void twoForBadWaiverBaselineOptionsAndAttestationFiles() throws IOException {
    Path waivers = file("waivers.json", "{\"waivers\": [{\"ruleId\": \"TEST-STORAGE-TLS\"}]}");
    assertBadInput(scan("--waivers", waivers.toString()), waivers + ":1:14: expected 'resource'");
    Path baseline = file("baseline.json", "{\"format\": \"other\"}");
    assertBadInput(scan("--baseline", baseline.toString()), baseline + ":1:12: expected");
    Path options = file("options.json", "{\"retentionDays\": \"long\"}");
    assertBadInput(
        scan("--options", options.toString()),
        options
            + ":1:19: option 'retentionDays' must be a whole number from 1 to 4383 (Azure Monitor"
            + " keeps logs at most 12 years), not \"long\".");
    Path unknownKey = file("options2.json", "{\n  \"retention\": 30}");
    assertBadInput(
        scan("--options", unknownKey.toString()),
        unknownKey + ":2:16: unknown option 'retention'; did you mean \"retentionDays\"?");
    Path tooSmall = file("options3.json", "{\"retentionDays\": 0}");
    assertBadInput(
        scan("--options", tooSmall.toString()),
        tooSmall + ":1:19: option 'retentionDays' must be a whole number from 1 to 4383");
    Path attestations = file("attestations.json", "{\"attestations\": 3}");
    assertBadInput(scan("--attestations", attestations.toString()), attestations + ":1:");
  }

  @Test
  void threeWhenTheScanCannotRun() throws IOException {
    Path notADirectory = file("taken", "a file where the output directory should go");
    Cli.Result result = scan("--output", notADirectory.toString());
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .startsWith("readiness: the scan could not run: cannot create the output directory")
        .doesNotContain("\tat ");
  }

  private static Cli.Result scan(String... extra) {
    return Cli.scan(extra);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static void assertBadInput(Cli.Result result, String expected) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err()).contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
  }
}
