package dev.readiness.api;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The request bodies of changes: JSON objects made of maps, lists, strings, numbers, booleans and
 * {@link FixParameter}s. A map keeps its keys in the order given when it has one (a {@link
 * LinkedHashMap} or a {@link SortedMap}); the keys of any other map (such as {@code Map.of}, whose
 * order changes from one JVM to the next) are sorted, so that the same fix always renders the same
 * bytes.
 */
final class Body {
  private Body() {}

  /** An immutable copy of {@code body} that keeps its key order, checking every value. */
  static Map<String, Object> copy(Map<String, ?> body) {
    Objects.requireNonNull(body, "'body' cannot be null.");
    return (Map<String, Object>) copyValue(body);
  }

  private static Object copyValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy =
          map instanceof Frozen || map instanceof LinkedHashMap || map instanceof SortedMap
              ? new LinkedHashMap<>()
              : new TreeMap<>();
      map.forEach(
          (key, item) -> {
            if (!(key instanceof String name)) {
              throw new IllegalArgumentException("A body's keys are strings: " + key);
            }
            copy.put(name, copyValue(item));
          });
      return new Frozen(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(copyValue(item)));
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof String
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof FixParameter) {
      return value;
    }
    throw new IllegalArgumentException(
        "A body holds maps, lists, strings, numbers, booleans and fix parameters, not: " + value);
  }

  /** A copied map: its order is final. */
  private static final class Frozen extends AbstractMap<String, Object> {
    private final Set<Entry<String, Object>> entries;

    Frozen(Map<String, Object> ordered) {
      this.entries = Collections.unmodifiableSet(new LinkedHashMap<>(ordered).entrySet());
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return entries;
    }
  }

  /** Calls {@code action} on every parameter inside {@code value}, in order. */
  static void forEachParameter(Object value, Consumer<FixParameter> action) {
    if (value instanceof Map<?, ?> map) {
      map.values().forEach(item -> forEachParameter(item, action));
    } else if (value instanceof List<?> list) {
      list.forEach(item -> forEachParameter(item, action));
    } else if (value instanceof FixParameter parameter) {
      action.accept(parameter);
    }
  }
}
