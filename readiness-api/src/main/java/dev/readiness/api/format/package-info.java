/**
 * Reading and writing snapshot files: the versioned Readiness format, ARM JSON arrays and PSRule
 * for Azure exports, and the attestation files that answer manual rules. Supported API.
 */
package dev.readiness.api.format;
