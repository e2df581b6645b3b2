package dev.readiness.azure;

import dev.readiness.api.CoverageRecord;
import java.time.Duration;

/**
 * Hears how a collection progresses, for example to draw a progress bar. Methods may be called from
 * several threads at once and must return quickly; every method does nothing by default.
 */
public interface CollectionListener {
  /** A phase begins. */
  default void phaseStarted(CollectionPhase phase, CollectionProgress progress) {}

  /** A call finished, successfully or not. */
  default void callFinished(CollectionProgress progress) {}

  /** The collector waits {@code wait} for {@code scope} because of {@code reason}. */
  default void throttled(String scope, Duration wait, String reason) {}

  /** A coverage gap was recorded: data that was denied or could not be read. */
  default void gap(CoverageRecord gap) {}

  /** The collection finished. */
  default void finished(CollectionProgress progress) {}
}
