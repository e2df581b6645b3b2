package dev.readiness.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The BOM has no parent (importing it must not bring the build's own pins), so it repeats the JUnit
 * and AssertJ versions the testkit is built with; this keeps the two in step.
 */
class BomVersionsTest {
  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..");

  @ParameterizedTest
  @ValueSource(strings = {"junit.version", "assertj.version"})
  void theBomNamesTheTestLibraryVersionsTheTestkitIsBuiltWith(String property) throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    String bom = Files.readString(ROOT.resolve("readiness-bom/pom.xml"));

    assertThat(propertyOf(bom, property)).isEqualTo(propertyOf(parent, property));
  }

  @Test
  void theBomManagesEveryLibraryModule() throws IOException {
    String bom = Files.readString(ROOT.resolve("readiness-bom/pom.xml"));

    assertThat(bom)
        .contains("<artifactId>readiness-api</artifactId>")
        .contains("<artifactId>readiness-rules</artifactId>")
        .contains("<artifactId>readiness-azure</artifactId>")
        .contains("<artifactId>readiness-testkit</artifactId>");
  }

  private static String propertyOf(String pom, String property) {
    Matcher value =
        Pattern.compile(
                "<" + Pattern.quote(property) + ">([^<]+)</" + Pattern.quote(property) + ">")
            .matcher(pom);
    assertThat(value.find()).as("%s is set", property).isTrue();
    return value.group(1);
  }
}
