package dev.readiness.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in-process and captures what it printed. */
final class Cli {
  private Cli() {}

  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    return run(false, Map.of(), args);
  }

  static Result run(boolean terminal, Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Console console =
        new Console(new PrintWriter(out), new PrintWriter(err), terminal, terminal, environment);
    int code = Main.run(console, args);
    return new Result(code, out.toString(), err.toString());
  }

  /** A file of src/test/resources/inputs. */
  static String input(String name) {
    try {
      return Path.of(Cli.class.getResource("/inputs/" + name).toURI()).toString();
    } catch (URISyntaxException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
