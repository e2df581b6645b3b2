package dev.readiness.rules.support;

import dev.readiness.api.Evidence;
import dev.readiness.api.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges the retention of the log streams of one subject against the threshold and reports it as a
 * finding: FAIL when a stream is known to be kept too short, UNKNOWN when a retention could not be
 * decided, PASS otherwise. Used by every rule that asks "are these logs kept long enough?".
 */
public final class RetentionVerdict {
  /**
   * The retention of one log stream.
   *
   * @param stream the stream's name, for example "AuditEvent" or "Security event logs"
   * @param retention how long it is kept
   * @param note a sentence to add, such as the retired retentionPolicy warning
   */
  public record Stream(String stream, Retention retention, Optional<String> note) {}

  private final List<Stream> streams;
  private final int thresholdDays;

  private RetentionVerdict(List<Stream> streams, int thresholdDays) {
    this.streams = List.copyOf(streams);
    this.thresholdDays = thresholdDays;
  }

  /** The verdict over every category {@code routing} exports. */
  public static RetentionVerdict of(
      LogRouting routing, List<String> categories, int thresholdDays) {
    List<Stream> streams = new ArrayList<>();
    for (String category : categories) {
      if (!routing.routes(category).isEmpty()) {
        streams.add(
            new Stream(
                category,
                routing.retention(category, thresholdDays),
                routing.retiredRetentionNote(category)));
      }
    }
    return new RetentionVerdict(streams, thresholdDays);
  }

  /** The verdict over {@code streams}. */
  public static RetentionVerdict of(List<Stream> streams, int thresholdDays) {
    return new RetentionVerdict(streams, thresholdDays);
  }

  /** The judged streams. */
  public List<Stream> streams() {
    return streams;
  }

  /** True when no stream is exported, so there is nothing to judge. */
  public boolean isEmpty() {
    return streams.isEmpty();
  }

  /** The streams known to be kept shorter than the threshold. */
  public List<Stream> tooShort() {
    return streams.stream()
        .filter(s -> !s.retention().isUnknown() && !s.retention().meets(thresholdDays))
        .toList();
  }

  /** The streams whose retention is unknown. */
  public List<Stream> unknown() {
    return streams.stream().filter(s -> s.retention().isUnknown()).toList();
  }

  /**
   * Ends {@code finding} with the verdict. {@code subject} starts the sentence ("Key vault
   * 'kv-prod'"); {@code question} says what could not be answered when the logs are gone.
   */
  public void report(Verdict finding, String subject, String question) {
    List<Evidence> evidence = new ArrayList<>();
    streams.forEach(s -> evidence.addAll(s.retention().evidence()));
    finding.evidence(evidence);
    Set<String> notes = new LinkedHashSet<>();
    streams.forEach(s -> s.note().ifPresent(notes::add));
    String noteText = notes.isEmpty() ? "" : " " + String.join(" ", notes);
    List<Stream> shortOnes = tooShort();
    if (!shortOnes.isEmpty()) {
      finding.fix(
          RetentionFix.lengthen(shortOnes.stream().map(Stream::retention).toList(), thresholdDays));
      finding
          .fail(
              subject
                  + " keeps "
                  + Texts.joinClauses(clauses(shortOnes))
                  + ", less than the "
                  + thresholdDays
                  + " days required: "
                  + question
                  + "."
                  + noteText)
          .report();
      return;
    }
    List<Stream> unknownOnes = unknown();
    if (!unknownOnes.isEmpty()) {
      finding
          .unknown(
              subject
                  + ": how long it keeps "
                  + Texts.joinClauses(unknownOnes.stream().map(Stream::stream).toList())
                  + " is unknown: "
                  + String.join(
                      "; ",
                      new LinkedHashSet<>(
                          unknownOnes.stream().map(s -> s.retention().description()).toList()))
                  + "."
                  + noteText)
          .report();
      return;
    }
    finding
        .pass(
            subject
                + " keeps "
                + Texts.joinClauses(clauses(streams))
                + ", at least the "
                + thresholdDays
                + " days required.")
        .report();
  }

  /** "workspace 'law-ops' keeps 30 days" without the days the clause gives already. */
  private static String withoutDays(String description, int days) {
    for (String said :
        List.of(" keeps " + days + " days", " deletes them after " + days + " days")) {
      if (description.endsWith(said)) {
        return description.substring(0, description.length() - said.length());
      }
    }
    return description;
  }

  /**
   * "AuditLogs and SignInLogs for 30 days (workspace 'law-ops')": streams kept alike are named
   * together, and the destination is named without repeating the days the clause already gives.
   */
  private static List<String> clauses(List<Stream> streams) {
    Map<String, List<String>> byRetention = new LinkedHashMap<>();
    for (Stream stream : streams) {
      Retention retention = stream.retention();
      String time =
          retention.kind() == Retention.Kind.UNLIMITED
              ? "without a time limit"
              : "for " + Texts.count(retention.days(), "day", "days");
      String where = withoutDays(retention.description(), retention.days());
      byRetention
          .computeIfAbsent(time + " (" + where + ")", key -> new ArrayList<>())
          .add(stream.stream());
    }
    List<String> clauses = new ArrayList<>();
    byRetention.forEach((kept, names) -> clauses.add(Texts.joinClauses(names) + " " + kept));
    return clauses;
  }
}
