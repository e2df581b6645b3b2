package dev.readiness.api;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The ERROR findings the engine writes for a rule that misbehaved: one finding about the tenant,
 * naming the rule and what it did, so every other rule's report goes on unchanged.
 */
final class RuleErrors {
  private RuleErrors() {}

  /**
   * The rule threw {@code crash} while it ran: the finding names the exception and the place in the
   * rule's code it came from, and keeps the rule's frames, so a rule's author sees the file and
   * line without a debugger.
   */
  static Finding crashed(RuleMetadata rule, Throwable crash) {
    List<StackTraceElement> frames = framesOfTheRule(crash);
    String thrownAt =
        frames.stream()
            .filter(frame -> !isJdk(frame))
            .findFirst()
            .map(frame -> "; thrown at " + describe(frame))
            .orElse("");
    return new Finding(
        rule.id(),
        Status.ERROR,
        rule.severity(),
        Target.tenant(),
        "Rule "
            + rule.id()
            + " failed: "
            + crash.getClass().getSimpleName()
            + ": "
            + crash.getMessage()
            + thrownAt,
        List.of(),
        rule.remediation(),
        Fix.NONE,
        frames);
  }

  /**
   * The frames of {@code crash} above the runner's call into the rule: the rule's own code and what
   * it called. The runner's frames and the thread pool's below them say nothing about the rule.
   */
  private static List<StackTraceElement> framesOfTheRule(Throwable crash) {
    StackTraceElement[] all = crash.getStackTrace();
    int end = 0;
    while (end < all.length && !all[end].getClassName().equals(RuleRunner.class.getName())) {
      end++;
    }
    return List.of(Arrays.copyOf(all, end));
  }

  /** True for a frame of the JDK itself, where the rule's mistake surfaced but was not made. */
  private static boolean isJdk(StackTraceElement frame) {
    String module = frame.getModuleName();
    return module != null && (module.startsWith("java.") || module.startsWith("jdk."));
  }

  /**
   * {@code Class.method(File.java:42)}, written here rather than by {@link
   * StackTraceElement#toString()}, which prefixes class loader and module names that vary with how
   * the rule was loaded and would make the same crash read differently.
   */
  private static String describe(StackTraceElement frame) {
    String where =
        frame.getFileName() == null
            ? "unknown file"
            : frame.getLineNumber() >= 0
                ? frame.getFileName() + ":" + frame.getLineNumber()
                : frame.getFileName();
    return frame.getClassName() + "." + frame.getMethodName() + "(" + where + ")";
  }

  /** The rule ran past {@code limit} and was abandoned. */
  static Finding timedOut(RuleMetadata rule, Duration limit) {
    return error(
        rule, "ran longer than its time limit of " + limit.toMillis() + " ms and was stopped");
  }

  /**
   * The rule started a finding about {@code lost} and never reported it: an ERROR about that
   * target, so a forgotten {@code report()} is not lost in silence.
   */
  static Finding unfinished(RuleMetadata rule, Target lost) {
    return new Finding(
        rule.id(),
        Status.ERROR,
        rule.severity(),
        lost,
        "Rule "
            + rule.id()
            + " started a finding about '"
            + lost.id()
            + "' and never reported it: end it with report() on a verdict, or pass, fail,"
            + " unknown or manual on a finding.",
        List.of(),
        rule.remediation());
  }

  /** The rule did something else it must not do, described by {@code what}. */
  static Finding error(RuleMetadata rule, String what) {
    return new Finding(
        rule.id(),
        Status.ERROR,
        rule.severity(),
        Target.tenant(),
        "Rule " + rule.id() + " " + what,
        List.of(),
        rule.remediation());
  }
}
