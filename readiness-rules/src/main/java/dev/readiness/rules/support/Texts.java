package dev.readiness.rules.support;

import java.util.List;

/** Small helpers that make finding messages read as sentences. */
public final class Texts {
  private Texts() {}

  /** "a", "a and b", "a, b and c". */
  public static String and(List<String> items) {
    if (items.isEmpty()) {
      return "nothing";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /** The first {@code limit} items joined with {@link #and}, then "and N more". */
  public static String firstOf(List<String> items, int limit) {
    if (items.size() <= limit) {
      return and(items);
    }
    return String.join(", ", items.subList(0, limit)) + " and " + (items.size() - limit) + " more";
  }

  /** "1 day", "30 days". */
  public static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
