package dev.readiness.api.fix;

import dev.readiness.api.ArmChange;
import dev.readiness.api.FixParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which of a plan's ARM changes a template makes, in what order, and which it leaves to {@code
 * fix.sh}. A template can only PUT a whole resource, so it makes the PUT changes and leaves out the
 * PATCH changes: a PATCH body gives only the fields it sets, and as a PUT it would fail for want of
 * the fields it leaves out (a vault's location and sku) or reset them (tags, identity). {@code
 * main.json} and {@code main.bicep} both take their deployments from here, so they make the same
 * changes in the same order.
 */
final class TemplateChanges {
  /** Why a template leaves a PATCH change to {@code fix.sh}, as a sentence. */
  static final String WHY_LEFT_OUT =
      "A template can only PUT a whole resource, and a PATCH sets only some of its fields: as a PUT"
          + " it would fail for want of the fields it leaves out (such as location and sku) or"
          + " reset them (such as tags and identity), so fix.sh makes these changes with"
          + " az rest --method patch.";

  /** What a template of a plan whose ARM changes are all PATCH changes says of itself. */
  static final String NONE_DEPLOYED =
      "This plan has no ARM change a template can make: fix.sh makes them all.";

  private TemplateChanges() {}

  /**
   * One deployment of a template.
   *
   * @param number its place among the template's deployments, from 1
   * @param placed the change it makes
   * @param after the numbers of the earlier deployments that make what it needs
   */
  record Deployment(int number, FixPlan.Placed<ArmChange> placed, List<Integer> after) {
    Deployment {
      after = List.copyOf(after);
    }

    ArmChange change() {
      return placed.change();
    }

    List<FixParameter> parameters() {
      return placed.parameters();
    }

    /** The name of the deployment, the same in {@code main.json} and {@code main.bicep}. */
    String name() {
      return TemplateChanges.name(number);
    }
  }

  /** The name of the deployment numbered {@code number}. */
  static String name(int number) {
    return "readiness-fix-" + number;
  }

  /** The PUT changes of {@code plan}, in plan order, each with what it needs. */
  static List<Deployment> deployments(FixPlan plan) {
    List<Deployment> deployments = new ArrayList<>();
    for (FixPlan.Placed<ArmChange> placed : plan.armChanges()) {
      if (placed.change().method() != ArmChange.Method.PUT) {
        continue;
      }
      List<Integer> after = new ArrayList<>();
      for (Deployment earlier : deployments) {
        if (needs(placed.change(), earlier.change())) {
          after.add(earlier.number());
        }
      }
      deployments.add(new Deployment(deployments.size() + 1, placed, after));
    }
    return List.copyOf(deployments);
  }

  /** The PATCH changes of {@code plan}, in plan order: those only {@code fix.sh} makes. */
  static List<FixPlan.Placed<ArmChange>> leftOut(FixPlan plan) {
    return plan.armChanges().stream()
        .filter(placed -> placed.change().method() != ArmChange.Method.PUT)
        .toList();
  }

  /**
   * {@code text} in its literal parts ({@link String}s, never empty) and the parameters it names as
   * {@code {name}} ({@link FixParameter}s), in order: how each template writes a name or a string
   * of a body that holds a parameter.
   */
  static List<Object> parts(String text, List<FixParameter> parameters) {
    List<Object> parts = new ArrayList<>();
    int literalStart = 0;
    int at = 0;
    while (at < text.length()) {
      FixParameter named = namedAt(text, at, parameters);
      if (named == null) {
        at++;
        continue;
      }
      if (at > literalStart) {
        parts.add(text.substring(literalStart, at));
      }
      parts.add(named);
      at += named.inId().length();
      literalStart = at;
    }
    if (literalStart < text.length()) {
      parts.add(text.substring(literalStart));
    }
    return parts;
  }

  private static FixParameter namedAt(String text, int at, List<FixParameter> parameters) {
    for (FixParameter parameter : parameters) {
      if (text.startsWith(parameter.inId(), at)) {
        return parameter;
      }
    }
    return null;
  }

  /**
   * True when {@code later} needs what {@code earlier} makes: its body names the earlier resource
   * (an interface naming its new NSG), or it lies on or below it (a diagnostic setting of a new
   * resource). ARM deploys the nested deployments of a template in parallel unless one depends on
   * another, so the plan's order alone would not hold.
   */
  private static boolean needs(ArmChange later, ArmChange earlier) {
    String id = earlier.resourceId().toLowerCase(Locale.ROOT);
    String body = JsonText.compact(JsonText.tree(later.body(), FixParameter::inId));
    return body.toLowerCase(Locale.ROOT).contains(id)
        || later.resourceId().toLowerCase(Locale.ROOT).startsWith(id + "/");
  }
}
