/**
 * Per-finding fixes as data: the concrete changes that would turn one FAIL into a PASS (ARM
 * requests, Microsoft Graph requests and human steps), the parameters a user chooses for them, and
 * an in-memory deployment of those changes onto a snapshot, which proves a fix by evaluating again.
 */
package dev.readiness.api.fix;
