package dev.readiness.azure;

/** The phases of a collection, in the order they run. */
public enum CollectionPhase {
  /** Listing the subscriptions in scope. */
  SUBSCRIPTIONS,
  /** Resource Graph queries: the inventory. */
  RESOURCE_GRAPH,
  /** Per-subscription ARM calls, tenant calls and Microsoft Graph. */
  SUBSCRIPTION_AND_TENANT,
  /** Per-resource calls for child resources Resource Graph does not hold. */
  CHILD_RESOURCES,
  /** Diagnostic settings of resources and of the Activity Log. */
  DIAGNOSTIC_SETTINGS,
  /** Done; the snapshot is being assembled. */
  FINISHED
}
