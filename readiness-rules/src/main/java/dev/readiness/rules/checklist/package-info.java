/**
 * The forensic readiness checklist itself: its source rows ({@link
 * dev.readiness.rules.checklist.ChecklistRow}) and the thresholds every built-in rule takes from
 * one typed object ({@link dev.readiness.rules.checklist.ChecklistOptions}). Rule packages depend
 * on it; it depends on no rule.
 */
package dev.readiness.rules.checklist;
