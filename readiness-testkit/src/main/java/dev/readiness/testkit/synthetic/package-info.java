/**
 * Synthetic tenants of any size, seeded and reproducible, for performance and robustness tests.
 * Supported API.
 */
package dev.readiness.testkit.synthetic;
