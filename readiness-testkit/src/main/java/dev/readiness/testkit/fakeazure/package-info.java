/**
 * A fake Azure on loopback that answers the collector's ARM, Resource Graph and Microsoft Graph
 * calls from a snapshot, with injectable faults (throttling, denials, timeouts). Supported API.
 */
package dev.readiness.testkit.fakeazure;
