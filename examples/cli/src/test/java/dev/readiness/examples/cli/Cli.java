package dev.readiness.examples.cli;

import dev.readiness.api.report.ReportFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /** {@code scan} of the contoso snapshot with the test rule only, then {@code extra}. */
  static Result scan(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("scan", "--snapshot", input("contoso.json"), "--rules", "TEST-STORAGE-TLS"));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  /** {@code --format F} for every report format. */
  static List<String> everyFormat() {
    List<String> args = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      args.add("--format");
      args.add(format.id());
    }
    return args;
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
