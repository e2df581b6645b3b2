/**
 * The data-protection rules (encryption, keys, backups, file integrity) of the built-in checklist.
 * Obtain them through {@code dev.readiness.rules.BuiltInRules}.
 */
package dev.readiness.rules.data;
