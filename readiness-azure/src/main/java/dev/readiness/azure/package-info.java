/**
 * Live, read-only collection of a tenant into a snapshot with the Azure SDK for Java: the {@link
 * dev.readiness.azure.Collector}, its builder and options, and the recorder that writes sanitized
 * snapshots. Supported API; no Azure SDK type but {@code TokenCredential} appears in it.
 */
package dev.readiness.azure;
