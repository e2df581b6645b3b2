/** The readiness command line: scan, record, diff, fix and rules. An example, not API. */
package dev.readiness.examples.cli;
