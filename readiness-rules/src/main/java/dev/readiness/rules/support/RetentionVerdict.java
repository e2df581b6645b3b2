package dev.readiness.rules.support;

import dev.readiness.api.Evidence;
import dev.readiness.api.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
                  + Texts.joinClauses(shortOnes.stream().map(RetentionVerdict::clause).toList())
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
                + Texts.joinClauses(streams.stream().map(RetentionVerdict::clause).toList())
                + ", at least the "
                + thresholdDays
                + " days required.")
        .report();
  }

  private static String clause(Stream stream) {
    Retention retention = stream.retention();
    String time =
        retention.kind() == Retention.Kind.UNLIMITED
            ? "without a time limit"
            : "for " + Texts.count(retention.days(), "day", "days");
    return stream.stream() + " " + time + " (" + retention.description() + ")";
  }
}
