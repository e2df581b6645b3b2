package dev.readiness.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.examples.docs.DocBlocks.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every code block of README.md and docs/ that is code is a real source: Java and JSON blocks are
 * included from files this module (or the outside-project example) compiles, runs or reads, and
 * must read exactly as those files do. After changing a source, refresh the docs with
 *
 * <pre>
 * mvn -o test -pl examples/doc-snippets -am -Dtest=DocSnippetsTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dreadiness.regenerateDocs=true
 * </pre>
 */
class DocSnippetsTest {
  private static final Path ROOT =
      Path.of(System.getProperty("basedir", ".")).resolve("../..").normalize();
  private static final String REGENERATE =
      "; refresh the docs with -Dtest=DocSnippetsTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dreadiness.regenerateDocs=true";

  /** Languages whose blocks must come from a source the build compiles or reads. */
  private static final Set<String> CODE = Set.of("java");

  @Test
  void everyJavaBlockIsIncludedFromACompiledSource() {
    List<String> loose = new ArrayList<>();
    for (Path doc : DocBlocks.docs(ROOT)) {
      for (Block block : DocBlocks.blocks(doc)) {
        if (CODE.contains(block.language()) && block.include().isEmpty()) {
          loose.add(block.where(ROOT));
        }
      }
    }
    assertThat(loose)
        .as("Java blocks without a '<!-- snippet: path#region -->' line above them")
        .isEmpty();
  }

  @Test
  void everyIncludedBlockReadsAsItsSource() throws IOException {
    if (Boolean.getBoolean("readiness.regenerateDocs")) {
      for (Path doc : DocBlocks.docs(ROOT)) {
        String regenerated = DocBlocks.regenerated(ROOT, doc);
        if (!regenerated.equals(DocBlocks.read(doc))) {
          Files.writeString(doc, regenerated, StandardCharsets.UTF_8);
        }
      }
    }
    List<String> stale = new ArrayList<>();
    int included = 0;
    for (Path doc : DocBlocks.docs(ROOT)) {
      for (Block block : DocBlocks.blocks(doc)) {
        if (block.include().isPresent()) {
          included++;
          if (!block.text().equals(DocBlocks.source(ROOT, block.include().get()))) {
            stale.add(block.where(ROOT) + " differs from " + block.include().get());
          }
        }
      }
    }
    assertThat(included).as("included blocks").isPositive();
    assertThat(stale).as("blocks that drifted from their source" + REGENERATE).isEmpty();
  }

  @Test
  void everyJsonBlockIsJson() {
    ObjectMapper json = new ObjectMapper();
    List<String> broken = new ArrayList<>();
    for (Path doc : DocBlocks.docs(ROOT)) {
      for (Block block : DocBlocks.blocks(doc)) {
        if (block.language().equals("json")) {
          try {
            json.readTree(block.text());
          } catch (JsonProcessingException failure) {
            broken.add(block.where(ROOT) + ": " + failure.getOriginalMessage());
          }
        }
      }
    }
    assertThat(broken).as("JSON blocks that do not parse").isEmpty();
  }

  @Test
  void aRegionIsCutAtItsMarkersAndLosesItsIndentation(@TempDir Path root) throws IOException {
    Files.writeString(
        root.resolve("A.java"),
        "class A {\n  void a() {\n    // snippet: call\n    run(1);\n\n      run(2);\n"
            + "    // end-snippet\n  }\n}\n");
    Files.writeString(
        root.resolve("doc.md"),
        "Text\n<!-- snippet: A.java#call -->\n```java\nold();\n```\nmore\n");

    String regenerated = DocBlocks.regenerated(root, root.resolve("doc.md"));

    assertThat(regenerated)
        .isEqualTo(
            "Text\n<!-- snippet: A.java#call -->\n```java\nrun(1);\n\n  run(2);\n```\nmore\n");
    assertThatThrownBy(
            () ->
                DocBlocks.source(
                    root, new DocBlocks.Include("A.java", java.util.Optional.of("missing"))))
        .hasMessage("A.java has no line '// snippet: missing'");
  }
}
