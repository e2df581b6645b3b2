package dev.readiness.api.fix;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.api.FixParameter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values as Bicep literals: strings in single quotes with {@code \}, {@code '} and {@code ${}
 * escaped, objects and arrays one item a line, and each {@code {name}} of a parameter as the
 * Bicep parameter itself or interpolated into its string (https://learn.microsoft.com/azure/azure-resource-manager/bicep/data-types).
 */
final class BicepText {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private BicepText() {}

  /** {@code text} as a Bicep string literal. */
  static String quoted(String text) {
    return "'" + escaped(text) + "'";
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append("\\'");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '$' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '{' ? "\\$" : "$");
        default -> {
          if (c < 0x20) {
            out.append("\\u{").append(Integer.toHexString(c)).append('}');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * {@code text} as a Bicep value: a string literal, the parameter itself when the text is one
   * whole {@code {name}}, or a string that interpolates the parameters it names. Each parameter it
   * names is added to {@code used}.
   */
  static String value(String text, List<FixParameter> parameters, Set<FixParameter> used) {
    List<Object> parts = TemplateChanges.parts(text, parameters);
    if (parts.size() == 1 && parts.get(0) instanceof FixParameter whole) {
      used.add(whole);
      return whole.name();
    }
    StringBuilder out = new StringBuilder("'");
    for (Object part : parts) {
      if (part instanceof FixParameter parameter) {
        used.add(parameter);
        out.append("${").append(parameter.name()).append('}');
      } else {
        out.append(escaped((String) part));
      }
    }
    return out.append('\'').toString();
  }

  /** An object's property name: bare when it is an identifier, quoted otherwise. */
  static String key(String name) {
    return IDENTIFIER.matcher(name).matches() ? name : quoted(name);
  }

  /**
   * Appends {@code node} as a Bicep value whose inner lines are indented by {@code indent} plus two
   * spaces; strings go through {@link #value}.
   */
  static void append(
      StringBuilder out,
      JsonNode node,
      String indent,
      List<FixParameter> parameters,
      Set<FixParameter> used) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        out.append(indent).append("  ").append(key(field.getKey())).append(": ");
        append(out, field.getValue(), indent + "  ", parameters, used);
        out.append('\n');
      }
      out.append(indent).append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (JsonNode item : node) {
        out.append(indent).append("  ");
        append(out, item, indent + "  ", parameters, used);
        out.append('\n');
      }
      out.append(indent).append(']');
    } else if (node.isTextual()) {
      out.append(value(node.asText(), parameters, used));
    } else if (node.isIntegralNumber() && node.canConvertToLong()) {
      out.append(node.asText());
    } else if (node.isNumber()) {
      // Bicep has integers only; json() gives any other JSON number.
      out.append("json(").append(quoted(node.asText())).append(')');
    } else if (node.isBoolean()) {
      out.append(node.asBoolean());
    } else {
      out.append("null");
    }
  }
}
