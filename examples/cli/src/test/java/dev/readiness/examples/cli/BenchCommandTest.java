package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Smoke tests: the benchmark runs and prints every field. No timing is asserted. */
class BenchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aScanBenchmarkPrintsOneJsonObjectWithEveryField() throws Exception {
    Cli.Result result = Cli.run("bench", "--resources", "200", "--warmups", "0", "--runs", "1");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().strip()).doesNotContain("\n");
    JsonNode bench = JSON.readTree(result.out());
    assertThat(bench.get("resources").asInt()).isGreaterThanOrEqualTo(200);
    assertThat(bench.get("rules").asInt()).isPositive();
    assertThat(bench.get("findings").asInt()).isPositive();
    assertThat(bench.get("fileBytes").asLong()).isGreaterThan(200L * 100);
    // Each report was written: every finding takes some bytes in each.
    for (String report : new String[] {"json", "html", "sarif", "ocsf"}) {
      assertThat(bench.get(report + "ReportBytes").asLong())
          .as(report)
          .isGreaterThan(bench.get("findings").asLong() * 50);
    }
    assertThat(bench.get("jsonBytesPerFinding").asDouble())
        .isEqualTo(
            bench.get("jsonReportBytes").asDouble() / bench.get("findings").asInt(),
            org.assertj.core.data.Offset.offset(0.001));
    // The scan holds at least the loaded snapshot at its fullest.
    assertThat(bench.get("peakHeapBytes").asLong())
        .isGreaterThanOrEqualTo(bench.get("heapBytesAfterLoad").asLong());
    for (String field :
        new String[] {
          "parseSeconds",
          "loadSeconds",
          "evaluateSeconds",
          "reportSeconds",
          "heapBytesAfterLoad",
          "peakHeapBytes",
          "jsonReportBytes",
          "htmlReportBytes",
          "sarifReportBytes",
          "ocsfReportBytes"
        }) {
      assertThat(bench.get(field)).as(field).isNotNull();
      assertThat(bench.get(field).isNumber()).as(field).isTrue();
      assertThat(bench.get(field).asDouble()).as(field).isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void aCollectionBenchmarkCollectsEverythingWithinTheCallBound() throws Exception {
    Cli.Result result =
        Cli.run(
            "bench",
            "--collect",
            "--subscriptions",
            "2",
            "--resources-per-subscription",
            "40",
            "--latency-ms",
            "0");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode bench = JSON.readTree(result.out());
    assertThat(bench.get("client").asText()).isEqualTo("shared-bucket");
    assertThat(bench.get("coverageComplete").asBoolean()).isTrue();
    assertThat(bench.get("failedRequests").asInt()).isZero();
    assertThat(bench.get("throttled").asInt()).isZero();
    assertThat(bench.get("requests").asInt())
        .isPositive()
        .isLessThanOrEqualTo(bench.get("callBound").asInt());
    assertThat(bench.get("unavoidableCalls").asInt()).isPositive();
    assertThat(bench.get("wallSeconds").isNumber()).isTrue();
    assertThat(bench.get("lowerBoundSeconds").isNumber()).isTrue();
  }

  @Test
  void aSnapshotAndAGeneratedTenantCannotBeMeasuredAtOnce() {
    Cli.Result result = Cli.run("bench", "--resources", "10", "--snapshot", "x.json");

    assertThat(result.exitCode()).isEqualTo(Exit.BAD_INPUT);
    assertThat(result.err()).contains("mutually exclusive");
  }
}
