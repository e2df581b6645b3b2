package dev.readiness.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.readiness.api.CompactJson.Arr;
import dev.readiness.api.CompactJson.Obj;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A read-only view of one value inside a resource's JSON, which remembers where it came from: the
 * resource id and the JSON pointer that lead to it. Rules read resources through it, and {@link
 * Evidence#of(Json, String)} turns what they read into evidence without restating the path.
 *
 * <p>Navigation never throws: a missing field gives a {@linkplain #isMissing() missing} view whose
 * pointer still names the place that was looked at. Property names match exactly first and then
 * case-insensitively, because ARM and Resource Graph disagree on the case of some property names.
 */
public final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static final com.fasterxml.jackson.databind.ObjectMapper PLAIN =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private static final Map<String, String[]> POINTERS = new ConcurrentHashMap<>();
  private static final int POINTERS_LIMIT = 1024;

  /** The value, or null when missing. */
  private final Object value;

  private final ResourceId owner;

  /*
   * Rules navigate far more values than they cite as evidence, so a view keeps only the step that
   * led to it (a field name or an index) and its parent, and spells the pointer out when asked.
   */
  private final Json parent;
  private final String field;
  private final int index;

  private Json(Object value, ResourceId owner, Json parent, String field, int index) {
    this.value = value;
    this.owner = owner;
    this.parent = parent;
    this.field = field;
    this.index = index;
  }

  /** The root of a resource's JSON. */
  static Json root(Object value, ResourceId owner) {
    return new Json(value, owner, null, null, -1);
  }

  /** The id of the resource this value belongs to. */
  public ResourceId owner() {
    return owner;
  }

  /** The JSON pointer (RFC 6901) of this value inside its resource, {@code ""} for the root. */
  public String pointer() {
    if (parent == null) {
      return "";
    }
    StringBuilder pointer = new StringBuilder();
    appendPointer(pointer);
    return pointer.toString();
  }

  private void appendPointer(StringBuilder pointer) {
    if (parent != null) {
      parent.appendPointer(pointer);
      pointer.append('/').append(field != null ? escape(field) : Integer.toString(index));
    }
  }

  /** The value of field {@code name}; missing when this is not an object or has no such field. */
  public Json get(String name) {
    Object child = value instanceof Obj obj ? obj.getIgnoringCase(name) : null;
    return new Json(child, owner, this, name, -1);
  }

  /** The element at {@code index}; missing when this is not an array or is too short. */
  public Json get(int index) {
    Object child =
        value instanceof Arr arr && index >= 0 && index < arr.items.length
            ? arr.items[index]
            : null;
    return new Json(child, owner, this, null, index);
  }

  /**
   * The value at a relative JSON pointer such as {@code /properties/logs/0/enabled}. Object keys
   * match case-insensitively when there is no exact match.
   */
  public Json at(String relativePointer) {
    if (relativePointer.isEmpty()) {
      return this;
    }
    if (relativePointer.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "A JSON pointer starts with '/', unlike '" + relativePointer + "'.");
    }
    Json current = this;
    for (String segment : segments(relativePointer)) {
      int index = current.value instanceof Arr ? arrayIndex(segment) : -1;
      current = index >= 0 ? current.get(index) : current.get(segment);
    }
    return current;
  }

  /**
   * The unescaped segments of a pointer, interned: rules ask the same few pointers of every
   * resource, and an interned name is found among the keys, which the parser interned too, by
   * reference. Bounded, so that pointers built from data cannot grow it without end.
   */
  private static String[] segments(String pointer) {
    String[] known = POINTERS.get(pointer);
    if (known != null) {
      return known;
    }
    List<String> segments = new ArrayList<>();
    int start = 1;
    while (start <= pointer.length()) {
      int end = pointer.indexOf('/', start);
      if (end < 0) {
        end = pointer.length();
      }
      segments.add(unescape(pointer.substring(start, end)).intern());
      start = end + 1;
    }
    String[] parsed = segments.toArray(String[]::new);
    if (POINTERS.size() < POINTERS_LIMIT) {
      POINTERS.putIfAbsent(pointer, parsed);
    }
    return parsed;
  }

  private static String unescape(String segment) {
    return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
  }

  /** The segment as an array index (RFC 6901: digits, no leading zero), or -1. */
  private static int arrayIndex(String segment) {
    if (segment.isEmpty()
        || segment.length() > 9
        || (segment.length() > 1 && segment.charAt(0) == '0')) {
      return -1;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (!Character.isDigit(segment.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(segment);
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** True when the value is absent (JSON {@code null} counts as present; see {@link #isNull()}). */
  public boolean isMissing() {
    return value == null;
  }

  /** True when the value is absent or JSON {@code null}. */
  public boolean isMissingOrNull() {
    return value == null || value == CompactJson.NULL;
  }

  /** True for JSON {@code null}. */
  public boolean isNull() {
    return value == CompactJson.NULL;
  }

  /** True for a JSON object. */
  public boolean isObject() {
    return value instanceof Obj;
  }

  /** True for a JSON array. */
  public boolean isArray() {
    return value instanceof Arr;
  }

  /** The text of a string value; empty for anything else. */
  public Optional<String> text() {
    return value instanceof String text ? Optional.of(text) : Optional.empty();
  }

  /** The text of a string value, or {@code fallback} for anything else. */
  public String textOr(String fallback) {
    return value instanceof String text ? text : fallback;
  }

  /** True when this is a string equal to {@code expected}, ignoring case. */
  public boolean textEqualsIgnoreCase(String expected) {
    return value instanceof String text && text.equalsIgnoreCase(expected);
  }

  /**
   * The value of a boolean; also accepts the strings {@code "true"} and {@code "false"} in any
   * case, which some Azure APIs return. Empty for anything else.
   */
  public Optional<Boolean> bool() {
    if (value instanceof Boolean flag) {
      return Optional.of(flag);
    }
    if (value instanceof String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.equals("true") || lower.equals("false")) {
        return Optional.of(Boolean.parseBoolean(lower));
      }
    }
    return Optional.empty();
  }

  /** True only when the value is boolean true (or the string "true"). */
  public boolean isTrue() {
    return bool().orElse(false);
  }

  /**
   * The value of an integral number; also accepts a string holding an integer. Empty for anything
   * else.
   */
  public OptionalLong longValue() {
    if (value instanceof Long number) {
      return OptionalLong.of(number);
    }
    if (value instanceof BigInteger number && number.bitLength() < 64) {
      return OptionalLong.of(number.longValue());
    }
    if (value instanceof String text) {
      try {
        return OptionalLong.of(Long.parseLong(text.strip()));
      } catch (NumberFormatException notANumber) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  /** The elements of an array (each with its own pointer); empty for anything else. */
  public List<Json> items() {
    if (!(value instanceof Arr arr)) {
      return List.of();
    }
    List<Json> items = new ArrayList<>(arr.items.length);
    for (int i = 0; i < arr.items.length; i++) {
      items.add(new Json(arr.items[i], owner, this, null, i));
    }
    return items;
  }

  /** The field names of an object, sorted; empty for anything else. */
  public List<String> fieldNames() {
    return value instanceof Obj obj ? List.of(obj.keys) : List.of();
  }

  /** The number of elements or fields; 0 for scalars and missing values. */
  public int size() {
    if (value instanceof Obj obj) {
      return obj.keys.length;
    }
    return value instanceof Arr arr ? arr.items.length : 0;
  }

  /** The value as compact JSON ({@code "missing"} when absent), as evidence shows it. */
  @Override
  public String toString() {
    if (value == null) {
      return "missing";
    }
    // Evidence renders one scalar per finding: spare those the generator's set-up.
    if (value instanceof String text && needsNoEscape(text)) {
      return '"' + text + '"';
    }
    if (value instanceof Long || value instanceof Boolean) {
      return value.toString();
    }
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      CompactJson.write(value, generator);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return text.toString();
  }

  private static boolean needsNoEscape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  /**
   * The fields of this object as plain Java values, in the order the snapshot keeps them (sorted by
   * name): maps, lists, strings, numbers, booleans and nulls, the form a fix's request body is
   * written in; empty when this is not an object. Changing the map does not change the resource.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> toPlainMap() {
    return isObject()
        ? PLAIN.convertValue(CompactJson.toJackson(value), java.util.LinkedHashMap.class)
        : new java.util.LinkedHashMap<>();
  }

  /** The value in the compact model (null when missing), for the Jackson forms. */
  Object compactValue() {
    return value;
  }
}
