package dev.readiness.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The immutable in-memory form of resource JSON. A snapshot of a large tenant holds hundreds of
 * thousands of resources, and a general-purpose JSON tree costs five to six times the file's size
 * in heap; this form costs about two. Values are plain Java objects: {@link Obj} (keys sorted, so
 * equality and output are canonical), {@link Arr}, {@link String}, {@link Long}, {@link
 * BigInteger}, {@link Double}, {@link BigDecimal}, {@link Boolean} and {@link #NULL}.
 */
final class CompactJson {
  /** JSON {@code null}. */
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  /** Short strings repeat across resources (locations, states, types): one copy serves them all. */
  private static final int POOLED_LENGTH = 64;

  private CompactJson() {}

  /** A JSON object with keys sorted by {@link String#compareTo}. */
  static final class Obj {
    final String[] keys;
    final Object[] values;
    private int hash;

    Obj(String[] keys, Object[] values) {
      this.keys = keys;
      this.values = values;
    }

    /** The value of {@code key}, exactly, or null. */
    Object get(String key) {
      // Jackson interns field names, as Java does string literals: the name a rule asks for is
      // usually the very instance stored, found by reference before any comparison of text.
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == key) {
          return values[i];
        }
      }
      int at = Arrays.binarySearch(keys, key);
      return at >= 0 ? values[at] : null;
    }

    /** The value of {@code key}, exactly or else ignoring case, or null. */
    Object getIgnoringCase(String key) {
      Object exact = get(key);
      if (exact != null) {
        return exact;
      }
      for (int i = 0; i < keys.length; i++) {
        if (keys[i].equalsIgnoreCase(key)) {
          return values[i];
        }
      }
      return null;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Obj obj
          && Arrays.equals(keys, obj.keys)
          && Arrays.equals(values, obj.values);
    }

    @Override
    public int hashCode() {
      if (hash == 0) {
        hash = 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
      }
      return hash;
    }
  }

  /** A JSON array. */
  static final class Arr {
    final Object[] items;

    Arr(Object[] items) {
      this.items = items;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Arr arr && Arrays.equals(items, arr.items);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(items);
    }
  }

  /** Shares equal short strings while one input is read. Not thread-safe: one per reader. */
  static final class StringPool {
    private final Map<String, String> strings = new HashMap<>();

    String share(String value) {
      if (value.length() > POOLED_LENGTH) {
        return value;
      }
      String shared = strings.putIfAbsent(value, value);
      return shared == null ? value : shared;
    }
  }

  /** Reads the value at the parser's current token. */
  static Object read(JsonParser parser, StringPool pool) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        List<String> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          keys.add(parser.currentName());
          parser.nextToken();
          values.add(read(parser, pool));
        }
        return object(keys, values);
      }
      case START_ARRAY -> {
        List<Object> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(parser, pool));
        }
        return new Arr(items.toArray());
      }
      case VALUE_STRING -> {
        return pool.share(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? parser.getBigIntegerValue()
            : Long.valueOf(parser.getLongValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
            ? parser.getDecimalValue()
            : Double.valueOf(parser.getDoubleValue());
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return NULL;
      }
      default -> throw new IOException("Unexpected JSON token " + token + ".");
    }
  }

  private static Obj object(List<String> keys, List<Object> values) {
    int size = keys.size();
    if (size <= SMALL_OBJECT) {
      return smallObject(keys, values);
    }
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> keys.get(a).compareTo(keys.get(b)));
    String[] sortedKeys = new String[size];
    Object[] sortedValues = new Object[size];
    for (int i = 0; i < size; i++) {
      sortedKeys[i] = keys.get(order[i]);
      sortedValues[i] = values.get(order[i]);
    }
    return new Obj(sortedKeys, sortedValues);
  }

  /** Most ARM objects have a handful of keys: sorted in place, without boxing positions. */
  private static final int SMALL_OBJECT = 16;

  private static Obj smallObject(List<String> keys, List<Object> values) {
    int size = keys.size();
    String[] sortedKeys = new String[size];
    Object[] sortedValues = new Object[size];
    for (int i = 0; i < size; i++) {
      String key = keys.get(i);
      Object value = values.get(i);
      int at = i;
      while (at > 0 && sortedKeys[at - 1].compareTo(key) > 0) {
        sortedKeys[at] = sortedKeys[at - 1];
        sortedValues[at] = sortedValues[at - 1];
        at--;
      }
      sortedKeys[at] = key;
      sortedValues[at] = value;
    }
    return new Obj(sortedKeys, sortedValues);
  }

  /** The compact form of a Jackson tree. */
  static Object fromJackson(JsonNode node) {
    return fromJackson(node, null);
  }

  /** The compact form of a Jackson tree, sharing string values through {@code pool} if given. */
  static Object fromJackson(JsonNode node, StringPool pool) {
    if (node.isObject()) {
      List<String> keys = new ArrayList<>(node.size());
      List<Object> values = new ArrayList<>(node.size());
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        keys.add(field.getKey());
        values.add(fromJackson(field.getValue(), pool));
      }
      return object(keys, values);
    }
    if (node.isArray()) {
      Object[] items = new Object[node.size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = fromJackson(node.get(i), pool);
      }
      return new Arr(items);
    }
    if (node.isTextual()) {
      return pool == null ? node.textValue() : pool.share(node.textValue());
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isBigInteger()) {
      return node.bigIntegerValue();
    }
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    if (node.isBigDecimal()) {
      return node.decimalValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    return NULL;
  }

  /** A new Jackson tree of a compact value. */
  static JsonNode toJackson(Object value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value instanceof Obj obj) {
      ObjectNode object = nodes.objectNode();
      for (int i = 0; i < obj.keys.length; i++) {
        object.set(obj.keys[i], toJackson(obj.values[i]));
      }
      return object;
    }
    if (value instanceof Arr arr) {
      ArrayNode array = nodes.arrayNode(arr.items.length);
      for (Object item : arr.items) {
        array.add(toJackson(item));
      }
      return array;
    }
    if (value instanceof String text) {
      return nodes.textNode(text);
    }
    if (value instanceof Long number) {
      return nodes.numberNode(number);
    }
    if (value instanceof BigInteger number) {
      return nodes.numberNode(number);
    }
    if (value instanceof Double number) {
      return nodes.numberNode(number);
    }
    if (value instanceof BigDecimal number) {
      return nodes.numberNode(number);
    }
    if (value instanceof Boolean flag) {
      return nodes.booleanNode(flag);
    }
    return nodes.nullNode();
  }

  /** Writes a compact value; object keys come out sorted because they are stored sorted. */
  static void write(Object value, JsonGenerator generator) throws IOException {
    if (value instanceof Obj obj) {
      generator.writeStartObject();
      for (int i = 0; i < obj.keys.length; i++) {
        generator.writeFieldName(obj.keys[i]);
        write(obj.values[i], generator);
      }
      generator.writeEndObject();
    } else if (value instanceof Arr arr) {
      generator.writeStartArray();
      for (Object item : arr.items) {
        write(item, generator);
      }
      generator.writeEndArray();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Long number) {
      generator.writeNumber(number);
    } else if (value instanceof BigInteger number) {
      generator.writeNumber(number);
    } else if (value instanceof Double number) {
      generator.writeNumber(number);
    } else if (value instanceof BigDecimal number) {
      generator.writeNumber(number);
    } else if (value instanceof Boolean flag) {
      generator.writeBoolean(flag);
    } else {
      generator.writeNull();
    }
  }
}
