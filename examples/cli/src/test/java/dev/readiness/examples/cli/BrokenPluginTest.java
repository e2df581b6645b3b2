package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A typo in an in-house rule's services file is bad input: every command that loads rules says in
 * one line which file, which line and which class, and exits 2, never with a stack trace.
 */
class BrokenPluginTest {
  private static final String MISSING = "com.contoso.rules.PurgeProtectionRul";

  private static final String LISTING = "# Contoso's in-house rules\n" + MISSING + "\n";

  @TempDir Path dir;

  /** Each command that loads rules, with arguments that would otherwise run it. */
  static Stream<List<String>> commands() {
    String snapshot = Cli.input("contoso.json");
    return Stream.of(
        List.of("rules"),
        List.of("rules", "--format", "json"),
        List.of("rules", "show", "TEST-STORAGE-TLS"),
        List.of("scan", "--snapshot", snapshot),
        List.of("fix", "--snapshot", snapshot, "--output", "OUT"),
        List.of("diff", snapshot, snapshot),
        // Loopback endpoints and a token: even a regression could reach no other address.
        List.of(
            "record",
            "--live",
            "--arm-endpoint",
            "http://127.0.0.1:9",
            "--graph-endpoint",
            "http://127.0.0.1:9",
            "--output",
            "OUT"));
  }

  @ParameterizedTest(name = "readiness {0}")
  @MethodSource("commands")
  void aMissingClassInADirectoryIsOneLineAndExitTwo(List<String> command) throws IOException {
    Path services = dir.resolve("classes/" + PluginRules.SERVICES_FILE);
    Files.createDirectories(services.getParent());
    Files.writeString(services, LISTING);

    Cli.Result result = runWith(dir.resolve("classes"), command);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.BAD_INPUT);
    assertThat(result.err())
        .isEqualTo(
            "readiness: "
                + services
                + ":2: names the rule class "
                + MISSING
                + ", which is not on the class path"
                + System.lineSeparator());
    assertThat(result.out()).isEmpty();
  }

  @ParameterizedTest(name = "readiness {0}")
  @MethodSource("commands")
  void aMissingClassInAJarNamesTheJarAndTheEntry(List<String> command) throws IOException {
    Path jar = dir.resolve("contoso-rules.jar");
    writeJar(jar, LISTING);

    Cli.Result result = runWith(jar, command);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.BAD_INPUT);
    assertThat(result.err())
        .isEqualTo(
            "readiness: "
                + jar
                + "!/"
                + PluginRules.SERVICES_FILE
                + ":2: names the rule class "
                + MISSING
                + ", which is not on the class path"
                + System.lineSeparator());
  }

  @ParameterizedTest(name = "readiness {0}")
  @MethodSource("commands")
  void aClassThatIsNotARuleIsOneLineAndExitTwo(List<String> command) throws IOException {
    Path jar = dir.resolve("contoso-rules.jar");
    // A class of the JDK listed first is skipped, as ServiceLoader skips it: the second line is
    // named.
    writeJar(jar, "java.lang.String\n" + Exit.class.getName() + "\n");

    Cli.Result result = runWith(jar, command);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.BAD_INPUT);
    assertThat(result.err().lines())
        .singleElement()
        .isEqualTo(
            "readiness: "
                + jar
                + "!/"
                + PluginRules.SERVICES_FILE
                + ":2: names the class "
                + Exit.class.getName()
                + ", which does not implement"
                + " dev.readiness.api.Rule");
  }

  /** Runs {@code command} with {@code plugins} on the class path, as {@code java -cp} would. */
  private Cli.Result runWith(Path plugins, List<String> command) throws IOException {
    String[] args =
        command.stream()
            .map(arg -> arg.equals("OUT") ? dir.resolve("out").toString() : arg)
            .toArray(String[]::new);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {plugins.toUri().toURL()}, previous)) {
      thread.setContextClassLoader(loader);
      return Cli.run(false, Map.of(LiveCollection.TOKEN_VARIABLE, "test-token"), args);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static void writeJar(Path jar, String listing) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry(PluginRules.SERVICES_FILE));
      out.write(listing.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
  }
}
