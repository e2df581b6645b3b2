/**
 * An in-house rule registered through ServiceLoader, as a team outside this project writes one. An
 * example, not API.
 */
package dev.readiness.examples.customrule;
