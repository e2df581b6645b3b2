/**
 * Testing rules: {@link dev.readiness.testkit.RuleTestHelper}, {@link
 * dev.readiness.testkit.RuleContract}, case files, report assertions, golden files and the JUnit 5
 * extension that loads snapshot files. Supported API.
 */
package dev.readiness.testkit;
