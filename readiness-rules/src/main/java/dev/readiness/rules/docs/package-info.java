/**
 * Generates the rule catalogue (docs/rules.md) from the rules' metadata, so the docs cannot drift
 * from the code. Internal: used by the build, not by rules.
 */
package dev.readiness.rules.docs;
