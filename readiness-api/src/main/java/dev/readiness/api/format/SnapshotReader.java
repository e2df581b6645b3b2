package dev.readiness.api.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Snapshot;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a snapshot from JSON, choosing the format by content:
 *
 * <ul>
 *   <li>a Readiness snapshot (format v1, see {@code docs/snapshot-format.md});
 *   <li>a plain JSON array of ARM resources, as {@code az resource list} prints it, or the object
 *       {@code az graph query} prints (its {@code data} array);
 *   <li>the JSON written by PSRule for Azure's {@code Export-AzRuleData}.
 * </ul>
 *
 * <p>Input is streamed, one resource at a time. Bad input raises a {@link InputFileException} whose
 * one-line message names the source, line and column and what was expected. Nesting deeper than 100
 * levels and strings longer than 8 MiB are refused rather than risking the stack or heap.
 *
 * <p>One odd item never fails a file: a resource that cannot be placed (no id, a malformed id, an
 * id outside the scope it was listed from, an id listed twice) is skipped, its type recorded as a
 * FAILED coverage gap where it was listed, so findings that depend on it are UNKNOWN. The reader is
 * told once, in one line naming the file, what was skipped per type and why; without a {@code
 * notices} consumer that line is logged as a warning.
 */
public final class SnapshotReader {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotReader.class);

  private SnapshotReader() {}

  /**
   * Reads the snapshot in {@code file}. An import (ARM array, PSRule export) carries no capture
   * time of its own; it is stamped with the file's last-modified time.
   *
   * @throws InputFileException when the file is missing, unreadable or malformed
   */
  public static Snapshot read(Path file) {
    return read(file, LOG::warn);
  }

  /**
   * Reads the snapshot in {@code file}, as {@link #read(Path)}, telling {@code notices} in one line
   * what was skipped, if anything was.
   *
   * @throws InputFileException when the file is missing, unreadable or malformed
   */
  public static Snapshot read(Path file, Consumer<String> notices) {
    Objects.requireNonNull(file, "'file' cannot be null.");
    Objects.requireNonNull(notices, "'notices' cannot be null.");
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source, Files.getLastModifiedTime(file).toInstant(), notices);
    } catch (NoSuchFileException missing) {
      throw new InputFileException(source, 0, 0, "no such file");
    } catch (IOException unreadable) {
      throw new InputFileException(source, 0, 0, "cannot be read: " + unreadable.getMessage());
    }
  }

  /**
   * Reads a snapshot from {@code in}, naming it {@code source} in messages. An import is stamped
   * with the current time; use {@link #read(InputStream, String, Instant)} for a fixed one.
   *
   * @throws InputFileException when the content is malformed
   */
  public static Snapshot read(InputStream in, String source) {
    return read(in, source, Instant.now());
  }

  /**
   * Reads a snapshot from {@code in}; an import is stamped {@code importedAt}.
   *
   * @throws InputFileException when the content is malformed
   */
  public static Snapshot read(InputStream in, String source, Instant importedAt) {
    return read(in, source, importedAt, LOG::warn);
  }

  /**
   * Reads a snapshot from {@code in}; an import is stamped {@code importedAt}; {@code notices} is
   * told in one line what was skipped, if anything was.
   *
   * @throws InputFileException when the content is malformed
   */
  public static Snapshot read(
      InputStream in, String source, Instant importedAt, Consumer<String> notices) {
    Objects.requireNonNull(in, "'in' cannot be null.");
    Objects.requireNonNull(source, "'source' cannot be null.");
    Objects.requireNonNull(importedAt, "'importedAt' cannot be null.");
    Objects.requireNonNull(notices, "'notices' cannot be null.");
    try (JsonInput input = new JsonInput(new BufferedInputStream(in), source)) {
      Reading reading = readTopLevel(input, importedAt);
      if (!input.atEnd()) {
        throw input.error("unexpected content after the end of the document");
      }
      Snapshot snapshot = reading.build();
      reading.summary().ifPresent(notices);
      return snapshot;
    } catch (UncheckedIOException unreadable) {
      throw new InputFileException(source, 0, 0, "cannot be read: " + unreadable.getMessage());
    }
  }

  private static Reading readTopLevel(JsonInput input, Instant importedAt) {
    JsonToken first = input.next();
    if (first == JsonToken.START_ARRAY) {
      return readArray(input, importedAt);
    }
    if (first != JsonToken.START_OBJECT) {
      throw input.error(
          "expected a Readiness snapshot object, an array of ARM resources or a PSRule for Azure export, but found "
              + input.found());
    }
    if (input.next() == JsonToken.END_OBJECT) {
      throw input.error(
          "expected a Readiness snapshot (with 'format', 'version', 'metadata', 'coverage' and 'resources') but found an empty object");
    }
    String field = input.fieldName();
    if (FormatV1.isField(field)) {
      return FormatV1.readFields(input);
    }
    if (ArmImport.isGraphQueryField(field)) {
      return readGraphQueryOutput(input, importedAt);
    }
    throw input.error(
        "unexpected field '"
            + field
            + "': expected a Readiness snapshot (a 'format' of 'readiness-snapshot'),"
            + " an array of ARM resources, 'az graph query' output or a PSRule for Azure export");
  }

  /** The object {@code az graph query} prints: its resources are in {@code data}. */
  private static Reading readGraphQueryOutput(JsonInput input, Instant importedAt) {
    Reading snapshot = null;
    do {
      String field = input.fieldName();
      JsonToken value = input.next();
      if (field.equals("data")) {
        input.expect(JsonToken.START_ARRAY, "an array of resources for 'data'");
        snapshot = readArray(input, importedAt);
      } else if (ArmImport.isGraphQueryField(field)) {
        if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
          input.skipValue();
        }
      } else {
        throw input.error("unexpected field '" + field + "' in 'az graph query' output");
      }
    } while (input.next() == JsonToken.FIELD_NAME);
    if (snapshot == null) {
      throw input.error("'az graph query' output without a 'data' array");
    }
    return snapshot;
  }

  /** Reads array elements; the first one decides between an ARM array and a PSRule export. */
  private static Importer readArray(JsonInput input, Instant importedAt) {
    JsonToken token = input.next();
    if (token == JsonToken.END_ARRAY) {
      return new ArmImport(importedAt, input.source());
    }
    JsonLocation firstAt = input.parser().currentTokenLocation();
    input.expect(JsonToken.START_OBJECT, "a resource object");
    ObjectNode first = (ObjectNode) readTree(input);
    Importer importer =
        PsRuleImport.looksLikeExport(first)
            ? new PsRuleImport(importedAt, input.source())
            : new ArmImport(importedAt, input.source());
    importer.accept(first, firstAt);
    while (input.next() != JsonToken.END_ARRAY) {
      JsonLocation at = input.parser().currentTokenLocation();
      input.expect(JsonToken.START_OBJECT, "a resource object");
      importer.accept((ObjectNode) readTree(input), at);
    }
    return importer;
  }

  static JsonNode readTree(JsonInput input) {
    try {
      return input.parser().readValueAsTree();
    } catch (IOException malformed) {
      throw input.translate(malformed);
    }
  }

  /** A snapshot read, and the one line naming what it skipped, if anything. */
  interface Reading {
    Snapshot build();

    Optional<String> summary();
  }

  /** One import format: takes resource objects one by one and builds the snapshot. */
  interface Importer extends Reading {
    /** Takes an item that started at {@code at}. */
    void accept(ObjectNode item, JsonLocation at);
  }
}
