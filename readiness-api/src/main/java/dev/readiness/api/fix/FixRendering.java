package dev.readiness.api.fix;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Finding;
import dev.readiness.api.FixParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rendering of a failure's fix, as {@code readiness rules show} and the rule catalogue show a
 * rule's example: the portal steps, the az CLI script, the Bicep file, the ARM requests and the
 * Microsoft Graph requests, each made from the one {@link dev.readiness.api.Fix} by the renderer
 * {@code readiness fix} uses, with every parameter at its default.
 *
 * @param title what the rendering is, such as "az CLI"
 * @param language the code language of {@code text}, for a fenced block: {@code text}, {@code sh},
 *     {@code bicep} or {@code http}
 * @param text the rendering, ending with a line break
 */
public record FixRendering(String title, String language, String text) {
  /** The title of the Bicep rendering. */
  public static final String BICEP = "Bicep (main.bicep and its modules, changes/NN.bicep)";

  /** Validates the rendering. */
  public FixRendering {
    Objects.requireNonNull(title, "'title' cannot be null.");
    Objects.requireNonNull(language, "'language' cannot be null.");
    Objects.requireNonNull(text, "'text' cannot be null.");
  }

  /**
   * The renderings of {@code failure}'s fix, those its changes call for: the portal steps always,
   * the script when a request is to be sent, Bicep and the ARM requests for ARM changes, the Graph
   * requests for Graph changes.
   *
   * @throws IllegalArgumentException when {@code failure} is not a FAIL
   */
  public static List<FixRendering> of(Finding failure) {
    FixPlan plan = new FixPlan(List.of(failure), Map.of());
    List<FixRendering> renderings = new ArrayList<>();
    StringBuilder portal = new StringBuilder();
    int step = 0;
    for (String sentence : ChangeText.sentences(failure.fix())) {
      portal.append(++step).append(". ").append(sentence).append('\n');
    }
    renderings.add(new FixRendering("Portal", "text", portal.toString()));
    boolean arm = !plan.armChanges().isEmpty();
    boolean graph = !plan.graphRequests().isEmpty();
    if (arm || graph) {
      renderings.add(new FixRendering("az CLI (fix.sh)", "sh", AzCliScript.render(plan)));
    }
    if (arm) {
      renderings.add(new FixRendering(BICEP, "bicep", bicep(plan)));
      renderings.add(new FixRendering("ARM requests", "http", armRequests(plan)));
    }
    if (graph) {
      renderings.add(
          new FixRendering("Microsoft Graph requests (graph.http)", "http", graphRequests(plan)));
    }
    return List.copyOf(renderings);
  }

  /** Each Bicep file under a comment line naming it: main.bicep, then each change's module. */
  private static String bicep(FixPlan plan) {
    StringBuilder bicep = new StringBuilder();
    BicepFile.files(plan)
        .forEach(
            (path, text) ->
                bicep
                    .append(bicep.length() == 0 ? "" : "\n")
                    .append("// ")
                    .append(path)
                    .append('\n')
                    .append(text));
    return bicep.toString();
  }

  /** Each ARM change as its request line and its body, parameters as {@code {name}}. */
  private static String armRequests(FixPlan plan) {
    StringBuilder http = new StringBuilder();
    for (FixPlan.Placed<ArmChange> placed : plan.armChanges()) {
      ArmChange change = placed.change();
      http.append(http.length() == 0 ? "" : "\n")
          .append("# ")
          .append(change.summary())
          .append('\n')
          .append(ChangeText.line(change))
          .append('\n')
          .append(JsonText.pretty(JsonText.tree(change.body(), FixParameter::inId)));
    }
    return http.toString();
  }

  /** The Graph requests as {@code graph.http} holds them, ending with a line break. */
  private static String graphRequests(FixPlan plan) {
    String http = GraphHttpFile.render(plan);
    return http.endsWith("\n") ? http : http + "\n";
  }
}
