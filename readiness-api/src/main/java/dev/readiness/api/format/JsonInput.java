package dev.readiness.api.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * A streaming JSON parser over one input with the limits every reader of untrusted files applies,
 * and the one place that turns parser positions and errors into {@link SnapshotFormatException}.
 */
final class JsonInput implements AutoCloseable {
  /**
   * Deep enough for any ARM payload (policy definitions nest about 20 levels), shallow enough to
   * stay off the stack's edge.
   */
  static final int MAX_DEPTH = 100;

  /** Far beyond any ARM property, small enough that one value cannot exhaust the heap. */
  static final int MAX_STRING_LENGTH = 8 * 1024 * 1024;

  static final ObjectMapper MAPPER = mapper();

  private final String source;
  private final JsonParser parser;

  private static ObjectMapper mapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return new ObjectMapper(factory);
  }

  JsonInput(InputStream in, String source) {
    this.source = source;
    try {
      this.parser = MAPPER.createParser(in);
    } catch (IOException unreadable) {
      throw new SnapshotFormatException(source, 0, 0, "cannot be read: " + unreadable.getMessage());
    }
  }

  JsonParser parser() {
    return parser;
  }

  String source() {
    return source;
  }

  /** Advances to the next token; end of input where more was expected is an error. */
  JsonToken next() {
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw error("unexpected end of input (the file is truncated or empty)");
      }
      return token;
    } catch (IOException malformed) {
      throw translate(malformed);
    }
  }

  /** True when nothing but whitespace follows. */
  boolean atEnd() {
    try {
      return parser.nextToken() == null;
    } catch (IOException malformed) {
      throw translate(malformed);
    }
  }

  /** Skips the value at the current token. */
  void skipValue() {
    try {
      parser.skipChildren();
    } catch (IOException malformed) {
      throw translate(malformed);
    }
  }

  /** An error at the start of the current token. */
  SnapshotFormatException error(String detail) {
    return errorAt(parser.currentTokenLocation(), detail);
  }

  SnapshotFormatException errorAt(JsonLocation location, String detail) {
    return new SnapshotFormatException(
        source, location.getLineNr(), location.getColumnNr(), detail);
  }

  /** Turns a parser exception into one line with the parser's location. */
  SnapshotFormatException translate(IOException failure) {
    if (failure instanceof JsonProcessingException processing) {
      JsonLocation location =
          processing.getLocation() == null ? parser.currentLocation() : processing.getLocation();
      return errorAt(location, describe(processing.getOriginalMessage()));
    }
    return errorAt(parser.currentLocation(), "cannot be read: " + failure.getMessage());
  }

  private static String describe(String parserMessage) {
    String message = parserMessage == null ? "malformed JSON" : parserMessage;
    if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF8")) {
      return "invalid UTF-8: " + firstLine(message);
    }
    if (message.contains("Unexpected end-of-input")) {
      // The parser's own text names its internals (start markers, REDACTED sources): say only
      // what it means.
      return "unexpected end of input: the file is truncated";
    }
    if (message.contains("out of range of")) {
      return "a number too large to be meant here";
    }
    if (message.contains("nesting depth")) {
      return "JSON nested deeper than " + MAX_DEPTH + " levels";
    }
    if (message.contains("String value length")) {
      return "a string longer than " + MAX_STRING_LENGTH + " characters";
    }
    if (message.contains("Duplicate field")) {
      return "duplicate key: " + firstLine(message);
    }
    return "malformed JSON: " + firstLine(message);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** A description of the current token for "expected X but found Y" messages. */
  String found() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }

  /** Requires the current token to be {@code expected}, described as {@code what}. */
  void expect(JsonToken expected, String what) {
    if (parser.currentToken() != expected) {
      throw error("expected " + what + " but found " + found());
    }
  }

  /** The current token as a string value, required. */
  String text(String field) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw error("expected a string for '" + field + "' but found " + found());
    }
    try {
      return parser.getText();
    } catch (IOException malformed) {
      throw translate(malformed);
    }
  }

  /**
   * The current token as a whole number, required, in the digits the file holds: a number of any
   * size is valid JSON, and the caller decides what it accepts rather than the parser's {@code
   * int}.
   */
  String wholeNumber(String field) {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw error("expected a whole number for '" + field + "' but found " + found());
    }
    try {
      return parser.getText();
    } catch (IOException malformed) {
      throw translate(malformed);
    }
  }

  String fieldName() {
    try {
      return parser.currentName();
    } catch (IOException malformed) {
      throw translate(malformed);
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException ignored) {
      // Closing a parser over a stream we were reading cannot lose data.
    }
  }
}
