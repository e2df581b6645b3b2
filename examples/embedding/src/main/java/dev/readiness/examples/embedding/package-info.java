/** Embedding Readiness in another Java program. An example, not API. */
package dev.readiness.examples.embedding;
