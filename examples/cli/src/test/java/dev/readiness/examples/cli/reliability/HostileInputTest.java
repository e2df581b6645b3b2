package dev.readiness.examples.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.examples.cli.CliAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input file of {@code readiness scan} fed the faults a hostile or careless user can produce:
 * each run ends with exit code 2 and one line on stderr naming the file, the place and what was
 * expected — never a stack trace, never an OutOfMemoryError or StackOverflowError. A snapshot with
 * one item that cannot be placed is not such a fault: the item is skipped and named in one line.
 */
class HostileInputTest {
  private static final String VALID_SNAPSHOT =
      """
      {"format": "readiness-snapshot", "version": 1,
       "metadata": {"tenantId": "00000000-0000-0000-0000-000000000000",
         "subscriptions": ["00000000-0000-0000-0000-000000000001"],
         "capturedAt": "2025-01-01T00:00:00Z"},
       "coverage": [],
       "resources": [
         {"id": "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1",
          "name": "st1", "type": "Microsoft.Storage/storageAccounts", "properties": {}}
       ]}
      """;

  @TempDir static Path dir;

  /** One file given to one option, with the content a user should never have given it. */
  record HostileFile(String option, String name, byte[] content) {
    @Override
    public String toString() {
      return option + " " + name;
    }
  }

  static Stream<HostileFile> files() {
    List<HostileFile> all = new ArrayList<>();
    for (String option : List.of("--snapshot", "--attestations", "--waivers", "--options")) {
      all.addAll(common(option));
    }
    all.add(file("--snapshot", "truncated snapshot", VALID_SNAPSHOT.substring(0, 300)));
    all.add(
        file(
            "--snapshot",
            "unknown schema version",
            VALID_SNAPSHOT.replace("\"version\": 1", "\"version\": 99")));
    all.add(
        file(
            "--snapshot",
            "version as a string",
            VALID_SNAPSHOT.replace("\"version\": 1", "\"version\": \"1\"")));
    all.add(
        file(
            "--snapshot",
            "resources as an object",
            VALID_SNAPSHOT
                .replaceFirst("\"resources\": \\[", "\"resources\": {\"x\": [")
                .replaceFirst("]}\\s*$", "]}}")));
    all.add(
        file(
            "--snapshot",
            "capturedAt not a date",
            VALID_SNAPSHOT.replace("2025-01-01T00:00:00Z", "yesterday")));
    all.add(
        file(
            "--snapshot",
            "a SARIF log (JSON from the wrong tool)",
            "{\"version\": \"2.1.0\", \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\", \"runs\": []}"));
    all.add(
        file(
            "--snapshot",
            "a Terraform state (JSON from the wrong tool)",
            "{\"version\": 4, \"terraform_version\": \"1.9.0\", \"resources\": [{\"mode\": \"managed\", \"type\": \"azurerm_storage_account\"}]}"));
    all.add(file("--snapshot", "an array of strings", "[\"a\", \"b\"]"));
    all.add(
        file(
            "--attestations",
            "an attestation without a date",
            "{\"attestations\": [{\"ruleId\": \"FR-IR-05\", \"evidence\": \"wiki\", \"owner\": \"secops@contoso.example\"}]}"));
    all.add(
        file(
            "--attestations",
            "a date that is not a date",
            "{\"attestations\": [{\"ruleId\": \"FR-IR-05\", \"evidence\": \"wiki\", \"owner\": \"o\", \"date\": \"2026-13-45\"}]}"));
    all.add(
        file("--attestations", "attestations as a string", "{\"attestations\": \"all of them\"}"));
    all.add(
        file(
            "--waivers",
            "a waiver without an expiry",
            "{\"waivers\": [{\"ruleId\": \"FR-NET-02\", \"resource\": \"/**\", \"justification\": \"lab\", \"owner\": \"o\"}]}"));
    all.add(
        file(
            "--waivers",
            "an expiry that is not a date",
            "{\"waivers\": [{\"ruleId\": \"FR-NET-02\", \"resource\": \"/**\", \"justification\": \"lab\", \"owner\": \"o\", \"expires\": \"soon\"}]}"));
    all.add(file("--waivers", "waivers as a number", "{\"waivers\": 3}"));
    all.add(file("--options", "retentionDays as a string", "{\"retentionDays\": \"a year\"}"));
    all.add(
        file(
            "--options",
            "retentionDays beyond an int",
            "{\"retentionDays\": 99999999999999999999}"));
    all.add(file("--options", "a negative retention", "{\"retentionDays\": -5}"));
    all.add(file("--options", "an unknown key", "{\"retentionDayz\": 365}"));
    return all.stream();
  }

  /** The faults every JSON input shares. */
  private static List<HostileFile> common(String option) {
    byte[] invalidUtf8 = "{\"a\": \"x\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
    return List.of(
        file(option, "an empty file", ""),
        file(option, "whitespace only", "  \n\t \n"),
        file(option, "not JSON at all", "Hello, this is a plain text file.\n"),
        file(option, "truncated JSON", "{\"a\": [1, 2, {\"b\": "),
        file(option, "a trailing comma and garbage", "{\"a\": 1,} trailing"),
        file(option, "a duplicate key", "{\"a\": 1, \"a\": 2}"),
        file(option, "nesting 100000 arrays deep", "[".repeat(100_000) + "]".repeat(100_000)),
        file(
            option,
            "nesting 100000 objects deep",
            "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)),
        file(option, "a 64 MB string", "{\"a\": \"" + "x".repeat(64 * 1024 * 1024) + "\"}"),
        // Valid JSON, but no decimal can hold the exponent (found by fuzzing).
        file(option, "a number with a huge exponent", "{\"a\": [1e2" + "5".repeat(90) + "]}"),
        new HostileFile(option, "invalid UTF-8", invalidUtf8),
        // Three zero bytes after the first make the parser guess UTF-32, which the rest is not.
        new HostileFile(
            option,
            "bytes that look like invalid UTF-32",
            "]\u0000\u0000\u0000ivers\": [{}]".getBytes(StandardCharsets.ISO_8859_1)),
        file(option, "a JSON array instead of an object", "[1, 2, 3]".replace("1", "true")),
        file(option, "JSON null", "null"));
  }

  /**
   * Snapshots with one item an import cannot place: not bad input, the item is skipped and named in
   * one line (docs/snapshot-format.md, "Items that cannot be placed").
   */
  static Stream<HostileFile> skippedItems() {
    String id =
        "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/"
            + "Microsoft.Storage/storageAccounts/st1";
    String resource =
        "{\"id\": \""
            + id
            + "\", \"name\": \"st1\", \"type\": \"Microsoft.Storage/storageAccounts\"}";
    return Stream.of(
        file(
            "--snapshot",
            "a resource id as a number",
            VALID_SNAPSHOT.replace(
                "\"id\": \"/subscriptions", "\"id\": 42, \"x\": \"/subscriptions")),
        file(
            "--snapshot",
            "a malformed resource id",
            VALID_SNAPSHOT.replace(
                "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers",
                "subscriptions//x")),
        // Two copies that disagree: which is true cannot be told. (Equal copies are one resource.)
        file(
            "--snapshot",
            "duplicate resource ids with different content",
            "[" + resource + ", " + resource.replace("}", ", \"kind\": \"StorageV2\"}") + "]"));
  }

  private static HostileFile file(String option, String name, String content) {
    return new HostileFile(option, name, content.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  @Timeout(60)
  void badInputGivesExitCodeTwoAndOneLineNamingFileAndPlace(HostileFile hostile)
      throws IOException {
    Path file = Files.write(dir.resolve(fileName(hostile)), hostile.content());

    CliAccess.Result result = CliAccess.run(arguments(hostile.option(), file.toString()));

    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    List<String> lines = result.err().lines().toList();
    assertThat(lines).as("stderr").hasSize(1);
    String line = lines.get(0);
    assertThat(line).contains(file.toString());
    assertThat(line)
        .as("the place, then what was wrong or expected")
        .containsPattern(file.getFileName() + ":\\d+:\\d+: \\S+ \\S+");
    assertThat(line)
        .doesNotContain("\tat ")
        .doesNotContain("OutOfMemoryError")
        .doesNotContain("StackOverflowError")
        .hasSizeLessThan(1000);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("skippedItems")
  @Timeout(60)
  void anItemThatCannotBePlacedIsSkippedAndNamedInOneLine(HostileFile hostile) throws IOException {
    Path file = Files.write(dir.resolve(fileName(hostile)), hostile.content());

    CliAccess.Result result = CliAccess.run(arguments(hostile.option(), file.toString()));

    // Read, not refused (2): what remains is judged, or said to be undecided (4).
    assertThat(result.exitCode()).as(result.err()).isIn(0, 1, 4);
    // Beside the one line naming what was skipped, stderr holds at most the undecided sentence.
    List<String> lines = result.err().lines().filter(line -> !line.contains("decide")).toList();
    assertThat(lines).as("stderr").hasSize(1);
    assertThat(lines.get(0))
        .contains(file + ": skipped 1 item")
        .containsPattern(file.getFileName() + ":\\d+:\\d+")
        .doesNotContain("\tat ");
  }

  private static String fileName(HostileFile hostile) {
    return hostile.option().substring(2)
        + "-"
        + hostile.name().replaceAll("[^a-zA-Z0-9]+", "-")
        + ".json";
  }

  /** A scan that reads the hostile file in the option under test, and good input otherwise. */
  private static String[] arguments(String option, String file) throws IOException {
    if (option.equals("--snapshot")) {
      return new String[] {"scan", "--snapshot", file};
    }
    Path snapshot = dir.resolve("valid-snapshot.json");
    Files.writeString(snapshot, VALID_SNAPSHOT);
    return new String[] {"scan", "--snapshot", snapshot.toString(), option, file};
  }
}
