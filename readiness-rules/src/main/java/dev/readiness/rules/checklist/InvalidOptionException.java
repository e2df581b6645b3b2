package dev.readiness.rules.checklist;

import java.util.List;

/**
 * A value an option refuses, with the path inside the value that is wrong (list indexes and map
 * keys, outermost first; empty when the value as a whole is wrong), so that a reader of an options
 * file can point at the very item.
 */
public final class InvalidOptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Object> path;

  InvalidOptionException(String message, List<Object> path) {
    super(message);
    this.path = List.copyOf(path);
  }

  /**
   * Where inside the value the fault is: {@link Integer} list indexes and {@link String} map keys,
   * outermost first; empty when the value as a whole is wrong.
   */
  public List<Object> path() {
    return path;
  }
}
