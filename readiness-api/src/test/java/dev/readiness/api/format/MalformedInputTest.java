package dev.readiness.api.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input names its location and what was expected, in one line. */
class MalformedInputTest {
  private static final String HEAD =
      "{\"format\":\"readiness-snapshot\",\"version\":1,\n\"metadata\":{\"tenantId\":\"t\",\"capturedAt\":\"2026-11-01T00:00:00Z\"},\n";

  private static SnapshotFormatException failure(String json) {
    return failure(json.getBytes(StandardCharsets.UTF_8));
  }

  private static SnapshotFormatException failure(byte[] bytes) {
    SnapshotFormatException error =
        catchThrowableOfType(
            SnapshotFormatException.class,
            () -> SnapshotReader.read(new ByteArrayInputStream(bytes), "bad.json", Instant.EPOCH));
    assertThat(error).as("expected a format error").isNotNull();
    assertThat(error.getMessage()).doesNotContain("\n").startsWith("bad.json:");
    return error;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "truncated file | "
            + "{\"format\":\"readiness-snapshot\",\"version\":1,\"resources\":[{\"id\":\"/subscriptions/s | 1 | end of input",
        "truncated inside an array | "
            + "{\"format\":\"readiness-snapshot\",\"version\":1,\"resources\":[{\"id\":\"/s\"} | 1 | "
            + "unexpected end of input: the file is truncated",
        "empty file | '' | 1 | end of input",
        "huge version | {\"format\":\"readiness-snapshot\",\"version\":99999999999999} | 1 | "
            + "unknown snapshot version 99999999999999; this reader understands version 1",
        "unknown version | {\"format\":\"readiness-snapshot\",\"version\":7} | 1 | unknown snapshot version 7",
        "wrong format name | {\"format\":\"terraform\",\"version\":1} | 1 | expected 'format' to be 'readiness-snapshot'",
        "version as text | {\"format\":\"readiness-snapshot\",\"version\":\"1\"} | 1 | expected a whole number for 'version' but found a string",
        "wrong tool's JSON | {\"resource_changes\":[]} | 1 | unexpected field 'resource_changes'",
        "a number at top level | 42 | 1 | found a number",
        "trailing garbage | [] [] | 1 | unexpected content after the end",
      })
  void namesLocationAndExpectation(String name, String json, int line, String expected) {
    SnapshotFormatException error = failure(json);
    assertThat(error.line()).isEqualTo(line);
    // The parser's internals (its start markers, sources, Java types) never reach the user.
    assertThat(error.getMessage())
        .contains(expected)
        .doesNotContain("marker", "Source:", "REDACTED", "out of range of int");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThat(failure("{\"format\":\"readiness-snapshot\",\"format\":\"x\"}").getMessage())
        .contains("duplicate key");
  }

  @Test
  void absurdNestingIsRefusedWithoutStackOverflow() {
    String deep =
        "[{\"id\":\"/subscriptions/s\",\"p\":" + "[".repeat(5000) + "]".repeat(5000) + "}]";
    assertThat(failure(deep).getMessage()).contains("nested deeper than 100 levels");
  }

  @Test
  void hugeStringsAreRefused() {
    String huge =
        "[{\"id\":\"/subscriptions/s\",\"p\":\""
            + "x".repeat(JsonInput.MAX_STRING_LENGTH + 1)
            + "\"}]";
    assertThat(failure(huge).getMessage()).contains("a string longer than");
  }

  @Test
  void invalidUtf8IsNamed() {
    byte[] bytes =
        "[{\"id\":\"/subscriptions/s\",\"name\":\"xx\"}]".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 5] = (byte) 0xC3;
    bytes[bytes.length - 4] = (byte) 0x28;
    assertThat(failure(bytes).getMessage()).contains("invalid UTF-8");
  }

  @Test
  void missingMetadataIsNamed() {
    assertThat(
            failure("{\"format\":\"readiness-snapshot\",\"version\":1,\"resources\":[]}")
                .getMessage())
        .contains("needs a 'metadata' object");
    assertThat(
            failure(
                    "{\"format\":\"readiness-snapshot\",\"version\":1,\"metadata\":{\"capturedAt\":\"yesterday\"},\"resources\":[]}")
                .getMessage())
        .contains("ISO-8601 instant");
  }

  @Test
  void badCoverageRecordsAreNamed() {
    assertThat(
            failure(
                    HEAD
                        + "\"coverage\":[{\"scope\":\"/\",\"type\":\"Microsoft.Compute/virtualMachines\",\"status\":\"MAYBE\"}],\"resources\":[]}")
                .getMessage())
        .contains(
            "expected a coverage 'status' of COLLECTED, DENIED, FAILED or NOT_COLLECTED but found 'MAYBE'");
  }
}
