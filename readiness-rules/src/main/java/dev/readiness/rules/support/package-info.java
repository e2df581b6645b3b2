/**
 * Helpers the built-in rules share. Five of them are supported API for in-house rules, because
 * deciding whether logs are exported is what most custom rules need and must not be rewritten:
 * {@link dev.readiness.rules.support.DiagnosticLogs} (which diagnostic settings cover which log
 * categories, and the fix that exports them), {@link dev.readiness.rules.support.LogRouting} (the
 * answer for one resource), {@link dev.readiness.rules.support.Destination}, {@link
 * dev.readiness.rules.support.Retention} and {@link dev.readiness.rules.support.CategoryGroups}.
 * Every other class here is internal to the built-in rules and may change in any release; an
 * architecture test keeps code outside {@code dev.readiness.rules} off them. See docs/api.md.
 */
package dev.readiness.rules.support;
