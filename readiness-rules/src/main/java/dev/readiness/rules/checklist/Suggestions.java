package dev.readiness.rules.checklist;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The near names a misspelt option or value most likely meant. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The known name closest to {@code given}, when one is close enough to be a typo of it: at most a
   * third of the longer name's letters apart (and at least two), ignoring case, so that a name cut
   * short ("retention") still finds its whole ("retentionDays").
   */
  static Optional<String> nearest(String given, Collection<String> known) {
    String wanted = given.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
      int allowed = Math.max(2, Math.max(wanted.length(), candidate.length()) / 3);
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * {@code did you mean "X"?} for the nearest known name, then {@code rest}, joined by a space;
   * only {@code rest} when no known name is near.
   */
  static String didYouMean(String given, Collection<String> known, String rest) {
    return nearest(given, known)
        .map(name -> "did you mean \"" + name + "\"?" + (rest.isEmpty() ? "" : " " + rest))
        .orElse(rest);
  }

  /** Levenshtein distance: the fewest single-letter edits that turn one word into the other. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
