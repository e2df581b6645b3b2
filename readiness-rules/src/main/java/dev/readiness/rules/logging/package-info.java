/**
 * The logging and monitoring rules of the built-in checklist (FR-LOG-01 … FR-LOG-10), with the two
 * rules that stand on the same diagnostic-setting helper: Entra ID logs (FR-IAM-05) and Key Vault
 * protection (FR-DATA-03). Obtain them through {@code dev.readiness.rules.BuiltInRules}.
 */
package dev.readiness.rules.logging;
