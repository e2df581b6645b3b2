/** JMH benchmarks of scanning synthetic tenants. An example, not API. */
package dev.readiness.examples.benchmarks;
