package dev.readiness.rules;

import dev.readiness.api.Rule;
import dev.readiness.rules.checklist.ChecklistOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Makes in-house rules from the checklist options, so that a rule found on the class path judges by
 * the same thresholds as the built-in checklist (the retention the organisation chose, its
 * break-glass accounts, …). A rule that needs no options is registered as a plain {@link Rule}
 * service instead.
 *
 * <p>Register an implementation, which needs a public no-argument constructor, in {@code
 * META-INF/services/dev.readiness.rules.ChecklistRuleProvider}. The command line calls every
 * provider with the options of {@code --options FILE}; an embedding tool calls {@link
 * #load(ClassLoader, ChecklistOptions)}:
 *
 * <pre>{@code
 * Engine engine = Engine.builder()
 *     .addRules(BuiltInRules.all(options))
 *     .addRules(ChecklistRuleProvider.load(getClass().getClassLoader(), options))
 *     .build();
 * }</pre>
 */
public interface ChecklistRuleProvider {
  /**
   * The rules this provider makes with {@code options}; each reads the area it needs, for example
   * {@code options.logging().retentionDays()}.
   */
  List<Rule> rules(ChecklistOptions options);

  /**
   * The rules of every provider registered in {@code loader}, made with {@code options}, in the
   * order the providers are found.
   *
   * @throws java.util.ServiceConfigurationError when a registered provider cannot be loaded
   */
  static List<Rule> load(ClassLoader loader, ChecklistOptions options) {
    Objects.requireNonNull(loader, "'loader' cannot be null.");
    Objects.requireNonNull(options, "'options' cannot be null.");
    List<Rule> rules = new ArrayList<>();
    for (ChecklistRuleProvider provider : ServiceLoader.load(ChecklistRuleProvider.class, loader)) {
      rules.addAll(provider.rules(options));
    }
    return rules;
  }
}
