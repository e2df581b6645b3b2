/**
 * The manual rules answered by attestation (a readiness policy, administrator training) of the
 * built-in checklist. Obtain them through {@code dev.readiness.rules.BuiltInRules}.
 */
package dev.readiness.rules.governance;
