package dev.readiness.rules.checklist;

import dev.readiness.api.ResourceType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What values an option accepts, how it keeps them and how it prints them. Each kind checks a value
 * given as Java (from the builder) or as plain JSON values (from an options file) the same way.
 */
sealed interface OptionKind<T> {
  /**
   * Checks {@code value} for option {@code name}; {@code path} locates it inside a larger value.
   */
  T accept(String name, Object value, List<Object> path);

  /** The accepted values, in words. */
  String describe();

  /** The values known by name, empty when any value of the right shape is accepted. */
  default List<String> known() {
    return List.of();
  }

  static InvalidOptionException invalid(
      String name, List<Object> path, String expected, Object found) {
    return invalid(name, path, expected, found, "");
  }

  /** "option 'name[2]' must be EXPECTED, not FOUND" and then {@code hint}, when not empty. */
  static InvalidOptionException invalid(
      String name, List<Object> path, String expected, Object found, String hint) {
    return new InvalidOptionException(
        "option "
            + where(name, path)
            + " must be "
            + expected
            + ", not "
            + shown(found)
            + (hint.isEmpty() ? "." : "; " + hint),
        path);
  }

  static InvalidOptionException duplicate(String name, List<Object> path, Object found) {
    return new InvalidOptionException(
        "option " + where(name, path) + " repeats " + shown(found) + "; list each value once.",
        path);
  }

  private static String where(String name, List<Object> path) {
    StringBuilder where = new StringBuilder("'").append(name);
    for (Object step : path) {
      where.append(step instanceof Integer ? "[" + step + "]" : "." + step);
    }
    return where.append("'").toString();
  }

  private static String shown(Object found) {
    return found instanceof String text ? "\"" + text + "\"" : String.valueOf(found);
  }

  static List<Object> append(List<Object> path, Object step) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(step);
    return longer;
  }

  /** A whole number from {@code min} to {@code max}; {@code why} explains a bound from Azure. */
  record WholeNumber(int min, int max, String why) implements OptionKind<Integer> {
    @Override
    public Integer accept(String name, Object value, List<Object> path) {
      Optional<BigInteger> number = integral(value);
      if (number.isEmpty()
          || number.get().compareTo(BigInteger.valueOf(min)) < 0
          || number.get().compareTo(BigInteger.valueOf(max)) > 0) {
        throw invalid(name, path, describe(), value);
      }
      return number.get().intValueExact();
    }

    static Optional<BigInteger> integral(Object value) {
      if (value instanceof Integer || value instanceof Long || value instanceof Short) {
        return Optional.of(BigInteger.valueOf(((Number) value).longValue()));
      }
      if (value instanceof BigInteger big) {
        return Optional.of(big);
      }
      if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
        return Optional.of(decimal.toBigIntegerExact());
      }
      return Optional.empty();
    }

    @Override
    public String describe() {
      String range =
          max == Integer.MAX_VALUE
              ? "a whole number of at least " + min
              : "a whole number from " + min + " to " + max;
      return why.isEmpty() ? range : range + " (" + why + ")";
    }
  }

  /** True or false. */
  record Flag() implements OptionKind<Boolean> {
    @Override
    public Boolean accept(String name, Object value, List<Object> path) {
      if (!(value instanceof Boolean flag)) {
        throw invalid(name, path, describe(), value);
      }
      return flag;
    }

    @Override
    public String describe() {
      return "true or false";
    }
  }

  /** One of a fixed set of strings, spelled exactly. */
  record OneOf(List<String> allowed) implements OptionKind<String> {
    @Override
    public String accept(String name, Object value, List<Object> path) {
      if (!(value instanceof String text) || !allowed.contains(text)) {
        throw invalid(
            name,
            path,
            describe(),
            value,
            Suggestions.didYouMean(String.valueOf(value), allowed, ""));
      }
      return text;
    }

    @Override
    public String describe() {
      return "one of " + String.join(", ", allowed);
    }

    @Override
    public List<String> known() {
      return allowed;
    }
  }

  /**
   * Non-blank strings, each once (ignoring case). With {@code known}, each must name a known value
   * (ignoring case; the spelling given is kept); with {@code guids}, each must be a GUID, kept in
   * lower case as Azure and Graph ids compare.
   */
  record Texts(boolean nonEmpty, List<String> known, String what, boolean guids)
      implements OptionKind<List<String>> {
    private static final Pattern GUID =
        Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    static Texts free(boolean nonEmpty) {
      return new Texts(nonEmpty, List.of(), "", false);
    }

    static Texts knownAs(boolean nonEmpty, String what, List<String> known) {
      return new Texts(nonEmpty, known, what, false);
    }

    static Texts guidsOf(boolean nonEmpty) {
      return new Texts(nonEmpty, List.of(), "", true);
    }

    @Override
    public List<String> accept(String name, Object value, List<Object> path) {
      return Lists.accept(
          name,
          value,
          path,
          nonEmpty,
          describe(),
          (item, itemPath) -> item(name, item, itemPath),
          text -> text.toLowerCase(Locale.ROOT));
    }

    private String item(String name, Object item, List<Object> path) {
      if (!(item instanceof String text) || text.isBlank()) {
        throw invalid(name, path, "a non-empty string", item);
      }
      if (guids) {
        if (!GUID.matcher(text).matches()) {
          throw invalid(name, path, "a GUID such as 00000000-0000-0000-0000-000000000000", item);
        }
        return text.toLowerCase(Locale.ROOT);
      }
      if (!known.isEmpty() && known.stream().noneMatch(text::equalsIgnoreCase)) {
        throw invalid(
            name,
            path,
            "a known " + what,
            item,
            Suggestions.didYouMean(text, known, "known: " + String.join(", ", known) + "."));
      }
      return text;
    }

    @Override
    public String describe() {
      String each = guids ? "GUIDs" : known.isEmpty() ? "strings" : "known " + what + " names";
      return (nonEmpty ? "a non-empty list of " : "a list of ") + each;
    }
  }

  /** Whole numbers from {@code min} to {@code max}, each once. */
  record Numbers(boolean nonEmpty, int min, int max, String what)
      implements OptionKind<List<Integer>> {
    @Override
    public List<Integer> accept(String name, Object value, List<Object> path) {
      WholeNumber each = new WholeNumber(min, max, "");
      return Lists.accept(
          name,
          value,
          path,
          nonEmpty,
          describe(),
          (item, itemPath) -> each.accept(name, item, itemPath),
          number -> number);
    }

    @Override
    public String describe() {
      return (nonEmpty ? "a non-empty list of " : "a list of ")
          + what
          + " from "
          + min
          + " to "
          + max;
    }
  }

  /** Resource types, each once, from a known set. */
  record Types(boolean nonEmpty, List<ResourceType> allowed)
      implements OptionKind<List<ResourceType>> {
    @Override
    public List<ResourceType> accept(String name, Object value, List<Object> path) {
      return Lists.accept(
          name,
          value,
          path,
          nonEmpty,
          describe(),
          (item, itemPath) -> {
            ResourceType type = resourceType(name, item, itemPath);
            if (!allowed.contains(type)) {
              throw invalid(
                  name,
                  itemPath,
                  "one of " + String.join(", ", known()),
                  item,
                  Suggestions.didYouMean(type.toString(), known(), ""));
            }
            return type;
          },
          type -> type);
    }

    @Override
    public String describe() {
      return (nonEmpty ? "a non-empty list of " : "a list of ")
          + "resource types, each one of those known";
    }

    @Override
    public List<String> known() {
      return allowed.stream().map(ResourceType::toString).toList();
    }
  }

  /** Resource types, each with a non-empty list of log categories. */
  record CategoriesByType() implements OptionKind<Map<ResourceType, List<String>>> {
    private static final Texts CATEGORIES = Texts.free(true);

    @Override
    public Map<ResourceType, List<String>> accept(String name, Object value, List<Object> path) {
      if (!(value instanceof Map<?, ?> map)) {
        throw invalid(name, path, describe(), value);
      }
      Map<ResourceType, List<String>> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        List<Object> at = append(path, String.valueOf(entry.getKey()));
        ResourceType type = resourceType(name, entry.getKey(), at);
        if (sorted.containsKey(type)) {
          throw duplicate(name, at, entry.getKey());
        }
        sorted.put(type, CATEGORIES.accept(name, entry.getValue(), at));
      }
      return Collections.unmodifiableMap(sorted);
    }

    @Override
    public String describe() {
      return "an object from resource type to a non-empty list of log categories";
    }
  }

  private static ResourceType resourceType(String name, Object item, List<Object> path) {
    if (item instanceof ResourceType type) {
      return type;
    }
    if (item instanceof String text) {
      try {
        return ResourceType.of(text);
      } catch (IllegalArgumentException malformed) {
        // Falls through to the one message below.
      }
    }
    throw invalid(name, path, "a resource type such as Microsoft.Storage/storageAccounts", item);
  }

  /** The list handling every list kind shares: shape, emptiness and duplicates. */
  final class Lists {
    private Lists() {}

    interface Item<E> {
      E accept(Object item, List<Object> path);
    }

    static <E> List<E> accept(
        String name,
        Object value,
        List<Object> path,
        boolean nonEmpty,
        String expected,
        Item<E> each,
        Function<E, Object> identity) {
      if (!(value instanceof Collection<?> items) || (nonEmpty && items.isEmpty())) {
        throw invalid(name, path, expected, value);
      }
      List<E> accepted = new ArrayList<>();
      List<Object> seen = new ArrayList<>();
      int index = 0;
      for (Object item : items) {
        List<Object> at = append(path, index++);
        E kept = each.accept(item, at);
        Object key = identity.apply(kept);
        if (seen.contains(key)) {
          throw duplicate(name, at, item);
        }
        seen.add(key);
        accepted.add(kept);
      }
      return List.copyOf(accepted);
    }
  }
}
