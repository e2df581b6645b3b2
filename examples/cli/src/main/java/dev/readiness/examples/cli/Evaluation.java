package dev.readiness.examples.cli;

import dev.readiness.api.Category;
import dev.readiness.api.Engine;
import dev.readiness.api.Rule;
import dev.readiness.api.Severity;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.rules.checklist.ChecklistOptions;
import java.util.ArrayList;
import java.util.List;

/** The rule selection of a scan, and the engine it makes. */
final class Evaluation {
  List<String> include = new ArrayList<>();
  List<String> exclude = new ArrayList<>();
  List<Category> categories = new ArrayList<>();
  Severity minimumSeverity = Severity.INFO;
  ChecklistOptions options = ChecklistOptions.defaults();

  /**
   * The built-in rules and the in-house rules found through ServiceLoader on the class path: the
   * thread's context class loader, as for any ServiceLoader lookup, so a host that runs the command
   * line in-process decides where plugins come from.
   *
   * @throws Exit.BadInput when a services file lists a class that cannot be a rule
   */
  static List<Rule> available(ChecklistOptions options) {
    List<Rule> rules = new ArrayList<>(BuiltInRules.all(options));
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    rules.addAll(PluginRules.load(context != null ? context : Evaluation.class.getClassLoader()));
    return rules;
  }

  /** The available rules, selected. */
  Engine engine() {
    try {
      return Engine.builder()
          .addRules(available(options))
          .include(include.toArray(String[]::new))
          .exclude(exclude.toArray(String[]::new))
          .categories(categories.toArray(Category[]::new))
          .minimumSeverity(minimumSeverity)
          .build();
    } catch (IllegalArgumentException badSelection) {
      if (badSelection.getMessage().startsWith("No rules were added")) {
        throw new Exit.CannotRun("no rules are available: " + badSelection.getMessage());
      }
      throw new Exit.BadInput(badSelection.getMessage());
    }
  }
}
