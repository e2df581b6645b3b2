/**
 * What is done with the per-finding fixes ({@link dev.readiness.api.Fix}) of a report: the plan of
 * a report's failures, its renderings (Bicep, ARM template, az CLI script, Graph requests, a
 * Markdown plan), and an in-memory deployment of its changes onto a snapshot, which proves a fix by
 * evaluating again.
 */
package dev.readiness.api.fix;
