/**
 * The identity and access rules (MFA, conditional access, PIM, RBAC, access reviews) of the
 * built-in checklist. Obtain them through {@code dev.readiness.rules.BuiltInRules}.
 */
package dev.readiness.rules.identity;
