/**
 * Reports of a scan in every output format ({@link dev.readiness.api.report.ReportFormat}), with
 * waivers and baselines that decide which findings a report counts. Supported API.
 */
package dev.readiness.api.report;
