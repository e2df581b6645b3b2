/**
 * The incident response rules (alerts, automated response, hunting, Sentinel threat intelligence)
 * of the built-in checklist. Obtain them through {@code dev.readiness.rules.BuiltInRules}.
 */
package dev.readiness.rules.response;
