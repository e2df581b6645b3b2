package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.format.InputFileException;
import dev.readiness.api.format.WaiverReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiversTest {
  @TempDir Path dir;

  @Test
  void readsAWaiverFile() throws IOException {
    Path file =
        write(
            """
            {"waivers": [
              {"ruleId": "FR-LOG-STORAGE-DATA", "resource": "/subscriptions/*/resourceGroups/rg-lab/**",
               "justification": "Lab only.", "owner": "secops@contoso.example", "expires": "2026-12-31"}
            ]}
            """);
    Waiver waiver = WaiverReader.read(file).all().get(0);
    assertThat(waiver.ruleId()).isEqualTo("FR-LOG-STORAGE-DATA");
    assertThat(waiver.expires()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(waiver.source()).isEqualTo(file + ":2:3");
  }

  @Test
  void anUnknownRuleIdIsAWarningNamingTheLine() throws IOException {
    Path file =
        write(
            """
            {"waivers": [
              {"ruleId": "FR-NOPE-01", "resource": "**", "justification": "j", "owner": "o",
               "expires": "2026-12-31"}
            ]}
            """);
    java.util.List<String> warnings = new java.util.ArrayList<>();

    assertThat(
            WaiverReader.read(file, List.of(SampleReports.rule("FR-LOG-01")), warnings::add).all())
        .hasSize(1);
    assertThat(warnings)
        .containsExactly(
            file
                + ":2:14: unknown rule id 'FR-NOPE-01'; no available rule has it, so this waiver"
                + " applies to nothing.");
  }

  @Test
  void patternsMatchWithinAndAcrossSegmentsIgnoringCase() {
    Waiver lab = waiver("/subscriptions/*/resourceGroups/rg-lab/**");
    assertThat(lab.matches(SampleReports.LAB_STORAGE.toString())).isTrue();
    assertThat(lab.matches(SampleReports.LAB_STORAGE.toString().toUpperCase())).isTrue();
    assertThat(lab.matches(SampleReports.STORAGE.toString())).isFalse();
    Waiver oneSegment = waiver("/subscriptions/*/resourceGroups/rg-*");
    assertThat(oneSegment.matches("/subscriptions/s1/resourceGroups/rg-lab")).isTrue();
    assertThat(oneSegment.matches(SampleReports.LAB_STORAGE.toString())).isFalse();
    Waiver exact = waiver(SampleReports.VM.toString());
    assertThat(exact.matches(SampleReports.VM.toString())).isTrue();
    assertThat(exact.matches(SampleReports.VM + "x")).isFalse();
  }

  @Test
  void aWaivedFindingIsReportedAsWaivedAndStopsFailing() {
    ScanReport scan = SampleReports.waived();
    ReportedFinding lab =
        scan.findings().stream()
            .filter(f -> f.finding().target().name().equals("stlab"))
            .findFirst()
            .orElseThrow();
    assertThat(lab.status()).isEqualTo(ReportStatus.WAIVED);
    assertThat(lab.evaluatedStatus()).isEqualTo(dev.readiness.api.Status.FAIL);
    assertThat(lab.waiver().orElseThrow().justification())
        .isEqualTo("Lab account, synthetic data only.");
    assertThat(scan.failingAtOrAbove(dev.readiness.api.Severity.MEDIUM))
        .extracting(f -> f.finding().target().name())
        .containsExactly("tenant", "THA-VM", "stcasetools");
  }

  @Test
  void anExpiredWaiverStopsCountingAndIsReported() {
    ScanReport scan = SampleReports.waived();
    ReportedFinding vm =
        scan.findings().stream()
            .filter(f -> f.finding().target().name().equals("THA-VM"))
            .findFirst()
            .orElseThrow();
    assertThat(vm.status()).isEqualTo(ReportStatus.FAIL);
    assertThat(scan.expiredWaivers())
        .singleElement()
        .satisfies(w -> assertThat(w.expires()).isEqualTo(LocalDate.of(2026, 2, 28)));
  }

  @Test
  void aWaiverCountsThroughItsExpiryDay() {
    Waiver lastDay =
        new Waiver(
            "FR-LOG-VM-GUEST",
            SampleReports.VM.toString(),
            "Rollout.",
            "ops@contoso.example",
            LocalDate.of(2026, 3, 1),
            "test");
    ScanReport scan =
        ScanReport.builder(SampleReports.report())
            .waivers(Waivers.of(java.util.List.of(lastDay)))
            .build();
    assertThat(scan.count(ReportStatus.WAIVED)).isEqualTo(1);
    assertThat(scan.expiredWaivers()).isEmpty();
  }

  @Test
  void aCrashedRuleIsNotWaivable() {
    Waiver all =
        new Waiver("FR-NET-FLOW", "**", "No.", "ops@contoso.example", LocalDate.MAX, "test");
    ScanReport scan =
        ScanReport.builder(SampleReports.report())
            .waivers(Waivers.of(java.util.List.of(all)))
            .build();
    assertThat(scan.count(ReportStatus.ERROR)).isEqualTo(1);
    assertThat(scan.count(ReportStatus.WAIVED)).isEqualTo(1);
  }

  @Test
  void badFilesNameTheFileLineColumnAndWhatWasExpected() throws IOException {
    assertError(
        "{\"waivers\": [ {\"ruleId\": 3} ]}", ":1:26: expected 'ruleId' as a non-empty string.");
    assertError("{\"waivers\": {}}", ":1:13: expected 'waivers' as a JSON array.");
    assertError(
        "{\"waivers\": [\n  {\"ruleId\": \"A-B\", \"resource\": \"x\", \"justification\": \"j\","
            + " \"owner\": \"o\", \"expires\": \"31/12/2026\"}]}",
        ":2:85: expected 'expires' as a date YYYY-MM-DD, not '31/12/2026'.");
    assertError(
        "{\"waivers\": [], \"extra\": 1}",
        ":1:26: unknown field 'extra'; expected one of [waivers].");
    assertError("{\"waivers\": [", ":1:14: unexpected end of input: the file is truncated");
    assertError("", ":1:1: expected a JSON value, found an empty file.");
    assertThatThrownBy(() -> WaiverReader.read(dir.resolve("missing.json")))
        .isInstanceOf(InputFileException.class)
        .hasMessage(dir.resolve("missing.json") + ": no such file");
  }

  private void assertError(String content, String expected) throws IOException {
    Path file = write(content);
    assertThatThrownBy(() -> WaiverReader.read(file))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(file + expected);
  }

  private static Waiver waiver(String pattern) {
    return new Waiver("FR-X-1", pattern, "j", "o", LocalDate.MAX, "test");
  }

  private Path write(String content) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "waivers", ".json"), content);
  }
}
