/**
 * The built-in forensic-readiness checklist: {@link dev.readiness.rules.BuiltInRules} gives every
 * rule, in catalogue order. Supported API.
 */
package dev.readiness.rules;
