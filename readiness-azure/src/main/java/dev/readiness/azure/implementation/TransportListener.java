package dev.readiness.azure.implementation;

import java.time.Duration;

/** What the transport reports while it works; called from many threads. */
public interface TransportListener {
  /** A request went out (first attempts and retries alike). */
  void sent(String request);

  /** The transport waits {@code wait} before a request, because of {@code reason}. */
  void waiting(String scope, Duration wait, String reason);

  /** Nothing to report. */
  TransportListener NONE =
      new TransportListener() {
        @Override
        public void sent(String request) {}

        @Override
        public void waiting(String scope, Duration wait, String reason) {}
      };
}
