package dev.readiness.azure.implementation;

import dev.readiness.api.ResourceType;
import dev.readiness.azure.CollectionListener;
import dev.readiness.azure.CollectionScope;
import java.net.URI;
import java.time.Clock;
import java.util.Set;

/**
 * Everything one collection needs besides the transport.
 *
 * @param cloudName the cloud's name for the snapshot metadata
 * @param resourceManager the ARM endpoint, without a trailing slash
 * @param graph the Microsoft Graph endpoint, without a trailing slash
 * @param scope which subscriptions
 * @param tenantId the tenant, or {@code null} to take it from the subscriptions
 * @param types the resource types to collect, parents included
 * @param diagnosticParents the types whose resources get their diagnostic settings read
 * @param concurrency how many calls may run at once
 * @param listener progress reports
 * @param clock the time written as {@code capturedAt}
 */
public record RunSettings(
    String cloudName,
    URI resourceManager,
    URI graph,
    CollectionScope scope,
    String tenantId,
    Set<ResourceType> types,
    Set<ResourceType> diagnosticParents,
    int concurrency,
    CollectionListener listener,
    Clock clock) {}
