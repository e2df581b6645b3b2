/**
 * The core of Readiness: resources and snapshots of a tenant, rules and their metadata, findings
 * with their evidence and fixes, and the {@link dev.readiness.api.Engine} that runs rules over a
 * snapshot. Supported API; it uses no Azure SDK type.
 */
package dev.readiness.api;
