package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  @Test
  void matchesTheApprovedFile() throws IOException {
    Golden.assertApproved("report.csv", ReportFormat.CSV.render(SampleReports.waived()));
  }

  @Test
  void writesAHeaderAndOneCrlfRowPerFinding() throws IOException {
    String csv = ReportFormat.CSV.render(SampleReports.waived());
    assertThat(csv).startsWith(String.join(",", CsvWriter.HEADER) + "\r\n");
    assertThat(csv).endsWith("\r\n");
    assertThat(csv.split("\r\n(?=FR-)")).hasSize(8);
  }

  @Test
  void quotesPerRfc4180() {
    assertThat(CsvWriter.cell("plain")).isEqualTo("plain");
    assertThat(CsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void guardsCellsASpreadsheetWouldRunAsFormulas() throws IOException {
    assertThat(CsvWriter.cell("=1+2")).isEqualTo("'=1+2");
    assertThat(CsvWriter.cell("+1")).isEqualTo("'+1");
    assertThat(CsvWriter.cell("-1")).isEqualTo("'-1");
    assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvWriter.cell("\tx")).isEqualTo("'\tx");
    assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
    assertThat(ReportFormat.CSV.render(SampleReports.waived()))
        .contains(",\"'=HYPERLINK(\"\"http://attacker.example\"\") no StorageWrite,");
  }
}
