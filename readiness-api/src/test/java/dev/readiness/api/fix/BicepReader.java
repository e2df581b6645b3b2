package dev.readiness.api.fix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads back the Bicep subset {@link BicepFile} writes: {@code targetScope}, decorated {@code
 * param}s, {@code resource} (also {@code existing}) and {@code module} declarations whose values
 * are object, array, string, integer, boolean and null literals, {@code json('…')}, function calls
 * and references. Values come back as JSON: a reference, or an interpolation in a string, as {@code
 * {name}}, the form changes and ids use for parameters; a function call as {@code {"call": name,
 * "args": [...]}}. Anything else fails, so a test reading a file proves the file is in the subset.
 */
final class BicepReader {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  record Resource(
      String symbol, String type, String apiVersion, boolean existing, ObjectNode body) {}

  record Module(String symbol, String path, ObjectNode body) {}

  record File(
      String targetScope, List<String> parameters, List<Resource> resources, List<Module> modules) {
    Resource resource(String symbol) {
      return resources.stream()
          .filter(r -> r.symbol().equals(symbol))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no resource " + symbol));
    }
  }

  private final String text;
  private int at;

  private BicepReader(String text) {
    this.text = text;
  }

  static File read(String text) {
    return new BicepReader(text).file();
  }

  private File file() {
    String targetScope = null;
    List<String> parameters = new ArrayList<>();
    List<Resource> resources = new ArrayList<>();
    List<Module> modules = new ArrayList<>();
    while (skipSpace()) {
      if (peek('@')) {
        at++;
        identifier();
        expect('(');
        value();
        expect(')');
        continue;
      }
      String keyword = identifier();
      switch (keyword) {
        case "targetScope" -> {
          expect('=');
          targetScope = value().asText();
        }
        case "param" -> {
          parameters.add(identifier());
          String type = identifier();
          if (!type.equals("string")) {
            throw fail("a string parameter");
          }
          if (skipSpace() && peek('=')) {
            at++;
            value();
          }
        }
        case "resource" -> {
          String symbol = identifier();
          String[] typed = value().asText().split("@", 2);
          boolean existing = false;
          skipSpace();
          if (!peek('=')) {
            if (!identifier().equals("existing")) {
              throw fail("existing");
            }
            existing = true;
          }
          expect('=');
          resources.add(new Resource(symbol, typed[0], typed[1], existing, object()));
        }
        case "module" -> {
          String symbol = identifier();
          String path = value().asText();
          expect('=');
          modules.add(new Module(symbol, path, object()));
        }
        default -> throw fail("a declaration");
      }
    }
    return new File(targetScope, parameters, resources, modules);
  }

  private ObjectNode object() {
    JsonNode value = value();
    if (!value.isObject()) {
      throw fail("an object");
    }
    return (ObjectNode) value;
  }

  private JsonNode value() {
    skipSpace();
    if (peek('{')) {
      at++;
      ObjectNode object = JSON.objectNode();
      while (skipSpace() && !peek('}')) {
        String key = peek('\'') ? string().asText() : identifier();
        expect(':');
        object.set(key, value());
      }
      expect('}');
      return object;
    }
    if (peek('[')) {
      at++;
      ArrayNode array = JSON.arrayNode();
      while (skipSpace() && !peek(']')) {
        array.add(value());
      }
      expect(']');
      return array;
    }
    if (peek('\'')) {
      return string();
    }
    char first = text.charAt(at);
    if (first == '-' || Character.isDigit(first)) {
      int start = at++;
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
      return JSON.numberNode(Long.parseLong(text.substring(start, at)));
    }
    String name = identifier();
    switch (name) {
      case "true", "false" -> {
        return JSON.booleanNode(name.equals("true"));
      }
      case "null" -> {
        return JSON.nullNode();
      }
      default -> {
        // A reference, unless a call follows.
      }
    }
    if (!peek('(')) {
      return JSON.textNode("{" + name + "}");
    }
    at++;
    ArrayNode args = JSON.arrayNode();
    while (skipSpace() && !peek(')')) {
      args.add(value());
      skipSpace();
      if (peek(',')) {
        at++;
      }
    }
    expect(')');
    if (name.equals("json")) {
      try {
        return MAPPER.readTree(args.get(0).asText());
      } catch (JsonProcessingException bad) {
        throw fail("JSON in json()");
      }
    }
    ObjectNode call = JSON.objectNode().put("call", name);
    call.set("args", args);
    return call;
  }

  /** A string literal; each {@code ${name}} in it is read as {@code {name}}. */
  private JsonNode string() {
    expect('\'');
    StringBuilder value = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw fail("the end of a string");
      }
      char c = text.charAt(at++);
      if (c == '\'') {
        return JSON.textNode(value.toString());
      }
      if (c == '\n') {
        throw fail("no line break in a string");
      }
      if (c == '$' && peek('{')) {
        at++;
        value.append('{').append(identifier()).append('}');
        expect('}');
      } else if (c == '\\') {
        char escaped = text.charAt(at++);
        switch (escaped) {
          case '\\', '\'', '$' -> value.append(escaped);
          case 'n' -> value.append('\n');
          case 'r' -> value.append('\r');
          case 't' -> value.append('\t');
          case 'u' -> {
            expect('{');
            int end = text.indexOf('}', at);
            value.append((char) Integer.parseInt(text.substring(at, end), 16));
            at = end + 1;
          }
          default -> throw fail("a Bicep escape");
        }
      } else {
        value.append(c);
      }
    }
  }

  private String identifier() {
    skipSpace();
    int start = at;
    while (at < text.length()
        && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
      at++;
    }
    if (start == at || Character.isDigit(text.charAt(start))) {
      throw fail("an identifier");
    }
    return text.substring(start, at);
  }

  /** Skips blanks, line breaks and comments; false at the end of the text. */
  private boolean skipSpace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (Character.isWhitespace(c)) {
        at++;
      } else if (text.startsWith("//", at)) {
        int end = text.indexOf('\n', at);
        at = end < 0 ? text.length() : end;
      } else {
        return true;
      }
    }
    return false;
  }

  private boolean peek(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void expect(char c) {
    skipSpace();
    if (!peek(c)) {
      throw fail("'" + c + "'");
    }
    at++;
  }

  private IllegalStateException fail(String expected) {
    int line =
        (int) text.substring(0, Math.min(at, text.length())).chars().filter(c -> c == '\n').count();
    throw new IllegalStateException(
        "Not the Bicep subset: expected " + expected + " at line " + (line + 1) + " of\n" + text);
  }
}
