/**
 * The forensic readiness checklist itself: its source rows ({@link
 * dev.readiness.rules.checklist.ChecklistRow}) and its options. Every option is one row of {@link
 * dev.readiness.rules.checklist.OptionTable}, which alone holds its name, default, meaning and
 * accepted values; {@link dev.readiness.rules.checklist.ChecklistOptions} holds a value for each
 * and the record each area's rules take ({@link dev.readiness.rules.checklist.LoggingOptions},
 * {@link dev.readiness.rules.checklist.IdentityOptions}, {@link
 * dev.readiness.rules.checklist.DataProtectionOptions}, {@link
 * dev.readiness.rules.checklist.NetworkOptions}). Rule packages depend on it; it depends on no
 * rule.
 */
package dev.readiness.rules.checklist;
