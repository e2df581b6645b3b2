package dev.readiness.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The documented JSON Schema describes what the writer writes. */
class SnapshotSchemaTest {
  private static final Path SCHEMA = Path.of("..", "docs", "snapshot-format.schema.json");

  private static Schema schema() throws Exception {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
  }

  @Test
  void writtenSnapshotsMatchTheDocumentedSchema() throws Exception {
    String written = SnapshotWriter.toJson(SnapshotFilesTest.sample());
    assertThat(schema().validate(new ObjectMapper().readTree(written))).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() throws Exception {
    String wrongVersion =
        SnapshotWriter.toJson(SnapshotFilesTest.sample())
            .replace("\"version\" : 1", "\"version\" : 2");
    assertThat(schema().validate(new ObjectMapper().readTree(wrongVersion))).isNotEmpty();
  }
}
