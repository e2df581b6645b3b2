package dev.readiness.api.report;

import java.util.List;

/**
 * Accepted gaps, as {@link dev.readiness.api.format.WaiverReader} reads them from a waiver file:
 *
 * <pre>{@code
 * {
 *   "waivers": [
 *     {
 *       "ruleId": "FR-NET-02",
 *       "resource": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-lab/**",
 *       "justification": "Lab network, no production data.",
 *       "owner": "secops@contoso.example",
 *       "expires": "2026-12-31"
 *     }
 *   ]
 * }
 * }</pre>
 */
public final class Waivers {
  private final List<Waiver> items;

  private Waivers(List<Waiver> items) {
    this.items = List.copyOf(items);
  }

  /** Waivers from a list. */
  public static Waivers of(List<Waiver> items) {
    return new Waivers(items);
  }

  /** No waivers. */
  public static Waivers none() {
    return new Waivers(List.of());
  }

  /** Every waiver, in file order. */
  public List<Waiver> all() {
    return items;
  }
}
