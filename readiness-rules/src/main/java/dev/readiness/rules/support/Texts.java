package dev.readiness.rules.support;

import java.util.List;

/** Wording shared by findings, so every message lists and joins things the same way. */
public final class Texts {
  private Texts() {}

  /**
   * The first {@code limit} items, then "and N more": {@code "a, b and 3 more"}. Items are listed
   * in the order given.
   */
  public static String listed(List<String> items, int limit) {
    if (items.isEmpty()) {
      return "none";
    }
    List<String> shown = items.subList(0, Math.min(limit, items.size()));
    int rest = items.size() - shown.size();
    if (rest > 0) {
      return String.join(", ", shown) + " and " + rest + " more";
    }
    return joinClauses(shown);
  }

  /** Clauses joined as a sentence part: "a", "a and b", "a, b and c". */
  public static String joinClauses(List<String> clauses) {
    if (clauses.size() <= 1) {
      return clauses.isEmpty() ? "" : clauses.get(0);
    }
    return String.join(", ", clauses.subList(0, clauses.size() - 1))
        + " and "
        + clauses.get(clauses.size() - 1);
  }

  /** "1 user" or "3 users". */
  public static String count(int count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  /** A name in quotes, as findings show names: {@code 'kv-prod'}. */
  public static String quoted(String name) {
    return "'" + name + "'";
  }
}
