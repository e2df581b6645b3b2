package dev.readiness.api.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Resource;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.implementation.JacksonAccess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes snapshots in format v1. Output is stable: fields in a fixed order, resources sorted by id,
 * object keys sorted, two-space indentation and {@code \n} line ends — so the same snapshot always
 * gives the same bytes and fixtures diff cleanly. Reading what it wrote gives an equal snapshot,
 * less its secrets: whatever path a snapshot takes to a file (a recording, an import, a generated
 * tenant), {@link SecretSanitizer#standard()} removes known secret fields and masks secret-looking
 * values first.
 */
public final class SnapshotWriter {
  private static final JacksonAccess.Forms JACKSON = JacksonAccess.forms();

  private SnapshotWriter() {}

  /**
   * Writes {@code snapshot} to {@code file} through a temporary file beside it, moved into place
   * atomically once complete: an interrupted write leaves the old file or none, never half of one.
   * A directory is never replaced.
   *
   * @throws UncheckedIOException when the file cannot be written, or {@code file} is a directory
   */
  public static void write(Snapshot snapshot, Path file) {
    Path absolute = file.toAbsolutePath();
    Path temporary = null;
    try {
      if (Files.isDirectory(absolute)) {
        throw new IOException("it is a directory");
      }
      Path directory = absolute.getParent();
      if (directory != null) {
        Files.createDirectories(directory);
      }
      temporary = Files.createTempFile(directory, absolute.getFileName().toString(), ".tmp");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        write(snapshot, out);
      }
      moveIntoPlace(temporary, absolute);
    } catch (IOException failure) {
      throw new UncheckedIOException(
          "Cannot write snapshot to " + file + ": " + failure.getMessage(), failure);
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      // An atomic rename also fails on a directory that appeared meanwhile, where a plain
      // replacing move would swap an empty directory for the file.
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException unsupported) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary != null) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // Only a leftover temporary file; the snapshot itself was written or the error reported.
      }
    }
  }

  /** Writes {@code snapshot}, sanitized, to {@code out}, which stays open. */
  public static void write(Snapshot snapshot, OutputStream out) throws IOException {
    Snapshot clean = SecretSanitizer.standard().sanitize(snapshot);
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator generator =
        JsonInput.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.setPrettyPrinter(printer);
      generator.writeStartObject();
      generator.writeStringField("format", FormatV1.FORMAT);
      generator.writeNumberField("version", FormatV1.VERSION);
      writeMetadata(clean.metadata(), generator);
      generator.writeArrayFieldStart("coverage");
      for (CoverageRecord record : clean.coverage().records()) {
        writeCoverage(record, generator);
      }
      generator.writeEndArray();
      generator.writeArrayFieldStart("resources");
      for (Resource resource : clean.resources()) {
        JACKSON.write(resource, generator);
      }
      generator.writeEndArray();
      generator.writeEndObject();
      generator.writeRaw('\n');
    }
  }

  /** The snapshot as format v1 text, sanitized as {@link #write(Snapshot, OutputStream)} does. */
  public static String toJson(Snapshot snapshot) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      write(snapshot, buffer);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  private static void writeMetadata(SnapshotMetadata metadata, JsonGenerator generator)
      throws IOException {
    generator.writeObjectFieldStart("metadata");
    // The file keeps "" for an unknown tenant, as version 1 always has.
    generator.writeStringField("tenantId", metadata.tenantId().orElse(""));
    generator.writeArrayFieldStart("subscriptions");
    for (String subscription : metadata.subscriptions()) {
      generator.writeString(subscription);
    }
    generator.writeEndArray();
    generator.writeStringField("cloud", metadata.cloud());
    generator.writeStringField("capturedAt", metadata.capturedAt().toString());
    generator.writeStringField("producer", metadata.producer());
    generator.writeStringField("producerVersion", metadata.producerVersion());
    generator.writeEndObject();
  }

  private static void writeCoverage(CoverageRecord record, JsonGenerator generator)
      throws IOException {
    generator.writeStartObject();
    generator.writeStringField("scope", record.scope().toString());
    generator.writeStringField("type", record.type().toString());
    generator.writeStringField("status", record.status().name());
    if (record.httpStatus() != 0) {
      generator.writeNumberField("httpStatus", record.httpStatus());
    }
    writeOptional(generator, "permission", record.permission());
    writeOptional(generator, "request", record.request());
    writeOptional(generator, "message", record.message());
    generator.writeEndObject();
  }

  private static void writeOptional(JsonGenerator generator, String field, String value)
      throws IOException {
    if (value != null) {
      generator.writeStringField(field, value);
    }
  }
}
