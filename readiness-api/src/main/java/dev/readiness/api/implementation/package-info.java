/**
 * The Jackson forms of readiness-api's JSON model, for the project's own modules: the snapshot
 * readers and writers, the collector and the testkit stream and build resources as Jackson trees.
 * Not API: it may change in any release, is left out of the javadoc, and the supported packages
 * offer the same through String and {@link dev.readiness.api.Json} forms.
 */
package dev.readiness.api.implementation;
