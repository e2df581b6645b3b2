package dev.readiness.api.report;

/** Escaping for the text formats, each decided in one place. */
final class Markup {
  private Markup() {}

  /**
   * Text for HTML or XML content and attribute values. Characters XML 1.0 forbids (most control
   * characters) become U+FFFD, so a hostile message cannot break the document.
   */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  /**
   * Text for one line of Markdown, such as a table cell: characters Markdown or the HTML it allows
   * would interpret are backslash-escaped or entity-encoded, and line breaks become spaces. {@code
   * >} stays as written ("Portal > Storage accounts"): it means a quote only at the start of a
   * line, and no line of a report starts with this text.
   */
  static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '|', '*', '_', '`', '[', ']', '#', '~' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '&' -> out.append("&amp;");
        case '\r', '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Text inside a Markdown code span: backticks cannot end it early, line breaks become spaces. */
  static String code(String text) {
    String flat = text.replace('\r', ' ').replace('\n', ' ');
    return flat.contains("`") ? "`` " + flat + " ``" : "`" + flat + "`";
  }

  /**
   * A code span in a table cell: a {@code |} would end the cell even inside the span, so it is
   * escaped, which GitHub's tables read as a literal bar.
   */
  static String codeCell(String text) {
    return code(text.replace("|", "\\|"));
  }

  /** {@code count} and the noun in the form that agrees with it: "1 rule", "0 rules". */
  static String count(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
