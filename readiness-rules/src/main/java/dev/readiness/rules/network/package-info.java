/**
 * The network security rules (NSGs, DDoS protection, private management access) of the built-in
 * checklist. Obtain them through {@code dev.readiness.rules.BuiltInRules}.
 */
package dev.readiness.rules.network;
