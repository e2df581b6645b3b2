package dev.readiness.testkit;

import dev.readiness.api.Evidence;
import dev.readiness.api.Finding;
import dev.readiness.api.Status;
import org.assertj.core.api.AbstractAssert;

/** Assertions about one {@link Finding}: its status, target, message and evidence. */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {
  FindingAssert(Finding actual) {
    super(actual, FindingAssert.class);
  }

  /** The finding has {@code status}. */
  public FindingAssert hasStatus(Status status) {
    isNotNull();
    if (actual.status() != status) {
      failWithMessage("Expected status %s but was:%n  %s", status, FindingText.describe(actual));
    }
    return this;
  }

  /** The finding is about {@code resource}: its name or, starting with {@code /}, its id. */
  public FindingAssert isAbout(String resource) {
    isNotNull();
    if (!FindingText.isAbout(actual.target(), resource)) {
      failWithMessage(
          "Expected a finding about %s but was:%n  %s", resource, FindingText.describe(actual));
    }
    return this;
  }

  /** The finding's message contains {@code fragment}. */
  public FindingAssert withMessageContaining(String fragment) {
    isNotNull();
    if (!actual.message().contains(fragment)) {
      failWithMessage(
          "Expected the message to contain \"%s\" but the finding was:%n  %s",
          fragment, FindingText.describe(actual));
    }
    return this;
  }

  /** Some evidence of the finding was read at JSON pointer {@code pointer}. */
  public FindingAssert withEvidenceAt(String pointer) {
    isNotNull();
    if (!FindingText.hasEvidenceAt(actual, pointer)) {
      failWithMessage(
          "Expected evidence at %s but the finding was:%n  %s",
          pointer, FindingText.describe(actual));
    }
    return this;
  }

  /** Some evidence was read at {@code pointer} and observed {@code observed} (compact JSON). */
  public FindingAssert withEvidenceAt(String pointer, String observed) {
    withEvidenceAt(pointer);
    boolean seen =
        actual.evidence().stream()
            .filter(e -> e.pointer().equals(pointer))
            .map(Evidence::observed)
            .anyMatch(observed::equals);
    if (!seen) {
      failWithMessage(
          "Expected evidence at %s observing %s but the finding was:%n  %s",
          pointer, observed, FindingText.describe(actual));
    }
    return this;
  }
}
