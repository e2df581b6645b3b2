package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.format.BaselineReader;
import dev.readiness.api.format.InputFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  @Test
  void recordsTodaysFailuresSortedAndReadsThemBack() throws IOException {
    Path file = dir.resolve("baseline.json");
    write(Baseline.of(ScanReport.of(SampleReports.report())), file);

    assertThat(Files.readString(file))
        .isEqualTo(
            """
            {
              "format": "readiness-baseline",
              "version": 1,
              "failures": [
                {
                  "ruleId": "FR-LOG-STORAGE-DATA",
                  "resourceId": "%s"
                },
                {
                  "ruleId": "FR-LOG-STORAGE-DATA",
                  "resourceId": "%s"
                },
                {
                  "ruleId": "FR-LOG-VM-GUEST",
                  "resourceId": "%s"
                }
              ]
            }
            """
                .formatted(SampleReports.STORAGE, SampleReports.LAB_STORAGE, SampleReports.VM));
    assertThat(BaselineReader.read(file).size()).isEqualTo(3);
  }

  @Test
  void knownFailuresAreBaselineAndOnlyNewOnesFail() {
    Report today = SampleReports.report();
    Baseline yesterday =
        Baseline.of(
            ScanReport.of(
                new Report(
                    today.snapshot(),
                    today.rules(),
                    today.findings().stream()
                        .filter(f -> !f.target().name().equals("stcasetools"))
                        .toList(),
                    List.of())));
    ScanReport scan = ScanReport.builder(today).baseline(yesterday).build();

    assertThat(scan.baselineApplied()).isTrue();
    assertThat(statusOf(scan, "THA-VM")).isEqualTo(ReportStatus.BASELINE);
    assertThat(statusOf(scan, "stlab")).isEqualTo(ReportStatus.BASELINE);
    assertThat(statusOf(scan, "stcasetools")).isEqualTo(ReportStatus.FAIL);
    assertThat(scan.failingAtOrAbove(dev.readiness.api.Severity.HIGH))
        .extracting(f -> f.finding().status())
        .containsExactly(dev.readiness.api.Status.ERROR);
  }

  @Test
  void reRecordingKeepsKnownFailures() {
    ScanReport scan =
        ScanReport.builder(SampleReports.report())
            .baseline(Baseline.of(ScanReport.of(SampleReports.report())))
            .build();
    assertThat(Baseline.of(scan).size()).isEqualTo(3);
  }

  @Test
  void aWaiverWinsOverTheBaseline() {
    ScanReport scan =
        ScanReport.builder(SampleReports.report())
            .waivers(
                Waivers.of(
                    SampleReports.waived().findings().stream()
                        .flatMap(f -> f.waiver().stream())
                        .toList()))
            .baseline(Baseline.of(ScanReport.of(SampleReports.report())))
            .build();
    assertThat(statusOf(scan, "stlab")).isEqualTo(ReportStatus.WAIVED);
  }

  @Test
  void badFilesNameTheFileLineColumnAndWhatWasExpected() throws IOException {
    Path wrongFormat = Files.writeString(dir.resolve("a.json"), "{\"format\": \"x\"}");
    assertThatThrownBy(() -> BaselineReader.read(wrongFormat))
        .isInstanceOf(InputFileException.class)
        .hasMessage(wrongFormat + ":1:12: expected \"format\": \"readiness-baseline\".");
    Path noVersion =
        Files.writeString(
            dir.resolve("b.json"),
            "{\"format\": \"readiness-baseline\",\n \"version\": 2, \"failures\": []}");
    assertThatThrownBy(() -> BaselineReader.read(noVersion))
        .hasMessage(noVersion + ":2:13: expected \"version\": 1.");
    Path badEntry =
        Files.writeString(
            dir.resolve("c.json"),
            "{\"format\": \"readiness-baseline\", \"version\": 1, \"failures\": [{\"ruleId\": \"A-B\"}]}");
    assertThatThrownBy(() -> BaselineReader.read(badEntry))
        .hasMessage(badEntry + ":1:61: expected 'resourceId' as a non-empty string.");
  }

  private static ReportStatus statusOf(ScanReport scan, String name) {
    List<ReportStatus> statuses = new ArrayList<>();
    for (ReportedFinding entry : scan.findings()) {
      Finding finding = entry.finding();
      if (finding.target().name().equals(name)) {
        statuses.add(entry.status());
      }
    }
    assertThat(statuses).hasSize(1);
    return statuses.get(0);
  }

  private static void write(Baseline baseline, Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    baseline.write(out);
    Files.write(file, out.toByteArray());
  }
}
