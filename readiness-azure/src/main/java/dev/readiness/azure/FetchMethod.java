package dev.readiness.azure;

/** How the collector reads one resource type. */
public enum FetchMethod {
  /** One Resource Graph query per table and batch of at most 300 subscriptions, paged. */
  RESOURCE_GRAPH,
  /** One ARM GET per subscription. */
  PER_SUBSCRIPTION,
  /** One ARM GET per parent resource, for data Resource Graph does not hold. */
  PER_RESOURCE,
  /** One ARM GET for the tenant. */
  TENANT,
  /** One Microsoft Graph GET for the tenant, paged. */
  MICROSOFT_GRAPH,
  /**
   * Not read by this collector (Key Vault data plane): no coverage is recorded, so the rules that
   * would read it report UNKNOWN rather than judge an absence.
   */
  NOT_READ
}
