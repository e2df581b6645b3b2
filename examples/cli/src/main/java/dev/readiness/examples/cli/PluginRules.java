package dev.readiness.examples.cli;

import dev.readiness.api.Rule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The in-house rules listed in {@code META-INF/services/dev.readiness.api.Rule} files on the class
 * path. A broken file is bad input: one line names the file, the line and the class it names, so a
 * typo reads as exit 2 rather than as a stack trace and "findings".
 */
final class PluginRules {
  static final String SERVICES_FILE = "META-INF/services/" + Rule.class.getName();

  private PluginRules() {}

  /**
   * Every rule the services files visible to {@code loader} list.
   *
   * @throws Exit.BadInput when a listed class is missing, is not a rule, or cannot be made
   */
  static List<Rule> load(ClassLoader loader) {
    List<Rule> rules = new ArrayList<>();
    try {
      ServiceLoader.load(Rule.class, loader).forEach(rules::add);
    } catch (ServiceConfigurationError broken) {
      throw new Exit.BadInput(explain(broken, loader));
    }
    return rules;
  }

  /**
   * The line that says which entry broke loading. ServiceLoader's own message names the class but
   * not the file, so each listed class is tried again here, in the order ServiceLoader met them,
   * and the first that cannot be a rule is the one named.
   */
  private static String explain(ServiceConfigurationError broken, ClassLoader loader) {
    try {
      for (URL file : Collections.list(loader.getResources(SERVICES_FILE))) {
        Optional<String> problem = firstProblem(file, loader);
        if (problem.isPresent()) {
          return problem.get();
        }
      }
    } catch (IOException unreadable) {
      return "the rule plugins' services files cannot be read: " + unreadable.getMessage();
    }
    // Every listed class loads and is a rule: one of them failed as it was made.
    Throwable cause = broken.getCause();
    return "a rule plugin could not be loaded: "
        + broken.getMessage()
        + (cause == null ? "" : " (" + cause + ")");
  }

  private static Optional<String> firstProblem(URL file, ClassLoader loader) throws IOException {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        int comment = line.indexOf('#');
        String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
        if (name.isEmpty()) {
          continue;
        }
        String where = describe(file) + ":" + number + ": ";
        Class<?> type;
        try {
          type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError missing) {
          return Optional.of(
              where + "names the rule class " + name + ", which is not on the class path");
        }
        if (type.getModule().isNamed()) {
          // ServiceLoader skips a class of a named module listed in a services file; so must this.
          continue;
        }
        if (!Rule.class.isAssignableFrom(type)) {
          return Optional.of(
              where
                  + "names the class "
                  + name
                  + ", which does not implement "
                  + Rule.class.getName());
        }
      }
    }
    return Optional.empty();
  }

  /** A services file as a reader finds it: a path, or a jar's path and the entry in it. */
  private static String describe(URL file) {
    try {
      return switch (file.getProtocol()) {
        case "file" -> Path.of(file.toURI()).toString();
        case "jar" -> {
          String spec = file.getPath();
          int separator = spec.indexOf("!/");
          yield Path.of(URI.create(spec.substring(0, separator))) + spec.substring(separator);
        }
        default -> file.toString();
      };
    } catch (URISyntaxException | RuntimeException unusual) {
      return file.toString();
    }
  }
}
