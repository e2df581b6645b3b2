package dev.readiness.examples.cli;

import dev.readiness.api.format.SnapshotFormatException;
import dev.readiness.api.report.ReportInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code readiness} command line. */
@Command(
    name = "readiness",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Would the evidence exist to investigate an incident in this Azure tenant?",
    footer = "%nExit codes and report formats: readiness scan --help")
public final class Main implements java.util.concurrent.Callable<Integer> {
  private final Console console;

  private Main(Console console) {
    this.console = console;
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    Console console = Console.system();
    int code = run(console, args);
    console.out().flush();
    console.err().flush();
    System.exit(code);
  }

  /** Runs {@code args} and returns the exit code; never exits the JVM. */
  static int run(Console console, String... args) {
    try {
      return commandLine(console).execute(args);
    } finally {
      console.out().flush();
      console.err().flush();
    }
  }

  /** The command tree; add new subcommands here. */
  static CommandLine commandLine(Console console) {
    CommandLine line = new CommandLine(new Main(console));
    line.addSubcommand(new ScanCommand(console));
    line.addSubcommand(new RecordCommand(console));
    line.addSubcommand(RulesCommand.commandLine(console));
    line.addSubcommand(new DiffCommand(console));
    line.addSubcommand(new FixCommand(console));
    line.addSubcommand(new BenchCommand(console));
    line.addSubcommand(new DemoCommand(console));
    // Picocli gives a subcommand's --version nothing to print unless each one names a provider.
    everyCommand(line, command -> command.getCommandSpec().versionProvider(new VersionProvider()));
    line.setOut(console.out());
    line.setErr(console.err());
    line.setExecutionExceptionHandler(Main::handle);
    line.setParameterExceptionHandler(
        (invalid, args) -> {
          console.err().println("readiness: " + withoutErrorPrefix(invalid.getMessage()));
          console
              .err()
              .println(
                  "Try '"
                      + invalid.getCommandLine().getCommandSpec().qualifiedName()
                      + " --help'.");
          return Exit.BAD_INPUT;
        });
    return line;
  }

  private static void everyCommand(
      CommandLine line, java.util.function.Consumer<CommandLine> action) {
    action.accept(line);
    line.getSubcommands().values().forEach(sub -> everyCommand(sub, action));
  }

  /** Picocli starts some messages with "Error: "; the line already starts with "readiness: ". */
  private static String withoutErrorPrefix(String message) {
    return message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
  }

  /** Turns what a command threw into one line and an exit code, never a stack trace. */
  private static int handle(Exception thrown, CommandLine line, CommandLine.ParseResult unused) {
    java.io.PrintWriter err = line.getErr();
    if (thrown instanceof Exit.BadInput
        || thrown instanceof ReportInputException
        || thrown instanceof SnapshotFormatException) {
      err.println("readiness: " + thrown.getMessage());
      return Exit.BAD_INPUT;
    }
    if (thrown instanceof Exit.CannotRun) {
      err.println("readiness: the scan could not run: " + thrown.getMessage());
      return Exit.CANNOT_RUN;
    }
    err.println(
        "readiness: the scan could not run: "
            + thrown.getClass().getSimpleName()
            + ": "
            + thrown.getMessage());
    return Exit.CANNOT_RUN;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Without a command there is nothing to do: show the usage and report bad usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(console.err());
    return Exit.BAD_INPUT;
  }

  /** The project version and the commit the jar was built from, as Maven recorded them. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {BuildInfo.load().describe()};
    }
  }
}
