package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class JunitWriterTest {
  @Test
  void matchesTheApprovedFile() throws Exception {
    Golden.assertApproved("report-junit.xml", ReportFormat.JUNIT.render(SampleReports.waived()));
  }

  @Test
  void parsesBackWithOneTestCasePerRuleAndResource() throws Exception {
    Document xml = parse(ReportFormat.JUNIT.render(SampleReports.waived()));
    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("7");
    assertThat(root.getAttribute("failures")).isEqualTo("2");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
    assertThat(root.getAttribute("skipped")).isEqualTo("3");
    assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(4);

    List<String> cases = new ArrayList<>();
    NodeList testCases = xml.getElementsByTagName("testcase");
    for (int i = 0; i < testCases.getLength(); i++) {
      Element testCase = (Element) testCases.item(i);
      cases.add(testCase.getAttribute("classname") + " " + outcome(testCase));
    }
    assertThat(cases)
        .containsExactly(
            "FR-IR-PLAN skipped",
            "FR-LOG-STORAGE-DATA failure",
            "FR-LOG-STORAGE-DATA passed",
            "FR-LOG-STORAGE-DATA skipped",
            "FR-LOG-VM-GUEST failure",
            "FR-NET-FLOW error",
            "FR-NET-FLOW skipped");
  }

  @Test
  void aFailureCarriesTheMessageEvidenceAndFix() throws Exception {
    Document xml = parse(ReportFormat.JUNIT.render(SampleReports.waived()));
    Element failure = (Element) xml.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo(
            "=HYPERLINK(\"http://attacker.example\") no StorageWrite, \"quoted\", <b>bold</b>");
    assertThat(failure.getAttribute("type")).isEqualTo("MEDIUM");
    assertThat(failure.getTextContent())
        .contains("Evidence: " + SampleReports.STORAGE + "/blobServices/default")
        .contains("Fix: Add a diagnostic setting");
    Element skipped = (Element) xml.getElementsByTagName("skipped").item(1);
    assertThat(skipped.getAttribute("message"))
        .isEqualTo(
            "Waived until 2026-12-31 by secops@contoso.example: Lab account, synthetic data only.");
  }

  private static String outcome(Element testCase) {
    for (Node child = testCase.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        return element.getTagName();
      }
    }
    return "passed";
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
