/**
 * The collector's implementation: request pipeline, throttling, paging and coverage bookkeeping.
 * Not API: it may change in any release, and an architecture test keeps other modules off it.
 */
package dev.readiness.azure.implementation;
