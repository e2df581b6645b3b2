package dev.readiness.api.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.readiness.api.Change;
import dev.readiness.api.Evidence;
import dev.readiness.api.Finding;
import dev.readiness.api.fix.ChangeText;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The data of the HTML report's findings and investigation view, as JSON inside inert {@code
 * <script type="application/json">} elements: the page's script parses a block only when its group
 * is opened or filtered. {@code <}, {@code >} and {@code &} are written as {@code \\u} escapes, so
 * no text of the tenant can close the element or start markup.
 */
final class HtmlData {
  private static final JsonFactory FACTORY = new JsonFactory();

  private HtmlData() {}

  /**
   * One rule's findings, each {@code [status, evaluated status or null, severity, name, id,
   * message, evidence, fix steps, waiver or null]}, evidence items {@code [resource id, pointer,
   * observed, expected]} with the id relative to the finding's resource as in the JSON report, fix
   * steps {@code [sentence, request in short form or ""]}.
   */
  static void findings(Writer html, String ruleId, List<ReportedFinding> findings)
      throws IOException {
    try (JsonGenerator json = open(html, "data-" + ruleId)) {
      json.writeStartArray();
      for (ReportedFinding entry : findings) {
        Finding finding = entry.finding();
        String resourceId = finding.target().id().toString();
        json.writeStartArray();
        json.writeString(entry.status().name());
        boolean evaluatedAsShown = entry.status().name().equals(entry.evaluatedStatus().name());
        json.writeString(evaluatedAsShown ? null : entry.evaluatedStatus().name());
        json.writeString(finding.severity().name());
        json.writeString(finding.target().name());
        json.writeString(resourceId);
        json.writeString(finding.message());
        json.writeStartArray();
        for (Evidence evidence : finding.evidence()) {
          json.writeStartArray();
          json.writeString(JsonReportWriter.relative(evidence.resourceId().toString(), resourceId));
          json.writeString(evidence.pointer());
          json.writeString(evidence.observed());
          json.writeString(evidence.expected());
          json.writeEndArray();
        }
        json.writeEndArray();
        json.writeStartArray();
        for (Change change : finding.fix().changes()) {
          json.writeStartArray();
          json.writeString(ChangeText.sentence(change));
          json.writeString(ChangeText.shortRequest(change));
          json.writeEndArray();
        }
        json.writeEndArray();
        if (entry.waiver().isPresent()) {
          Waiver waiver = entry.waiver().get();
          json.writeStartArray();
          json.writeString(waiver.owner());
          json.writeString(waiver.expires().toString());
          json.writeString(waiver.justification());
          json.writeEndArray();
        } else {
          json.writeNull();
        }
        json.writeEndArray();
      }
      json.writeEndArray();
    }
    html.write("</script>\n");
  }

  /** The investigation view, each resource {@code [name, type, id, questions]}. */
  static void investigation(Writer html, InvestigationView view) throws IOException {
    try (JsonGenerator json = open(html, "data-investigation")) {
      json.writeStartArray();
      for (InvestigationView.ResourceQuestions resource : view.resources()) {
        json.writeStartArray();
        json.writeString(resource.name());
        json.writeString(resource.type().toString());
        json.writeString(resource.resourceId().toString());
        json.writeStartArray();
        for (InvestigationView.Question question : resource.questions()) {
          json.writeStartArray();
          json.writeString(question.question());
          json.writeBoolean(question.answered());
          json.writeString(question.missingLink().orElse(""));
          json.writeStartArray();
          for (String ruleId : question.ruleIds()) {
            json.writeString(ruleId);
          }
          json.writeEndArray();
          json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndArray();
      }
      json.writeEndArray();
    }
    html.write("</script>\n");
  }

  private static JsonGenerator open(Writer html, String id) throws IOException {
    html.write("<script type=\"application/json\" id=\"" + Markup.xml(id) + "\">");
    JsonGenerator json = FACTORY.createGenerator(html);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setCharacterEscapes(new MarkupSafe());
    return json;
  }

  /** JSON escapes for text inside an HTML element: no {@code <}, {@code >} or {@code &}. */
  private static final class MarkupSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    MarkupSafe() {
      escapes = standardAsciiEscapesForJSON();
      escapes['<'] = ESCAPE_CUSTOM;
      escapes['>'] = ESCAPE_CUSTOM;
      escapes['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      // Asked for every character beyond ASCII too: those stay as they are (the page is UTF-8).
      return ch == '<' || ch == '>' || ch == '&'
          ? new SerializedString(String.format("\\u%04x", ch))
          : null;
    }
  }
}
