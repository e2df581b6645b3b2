/**
 * The Azure resource types the built-in rules read, named once. Both the checklist's defaults and
 * the rules refer to these constants, so this package depends on nothing but the API.
 */
package dev.readiness.rules.types;
