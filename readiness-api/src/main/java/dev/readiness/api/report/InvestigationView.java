package dev.readiness.api.report;

import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The investigation readiness view a report can carry: for each resource, the questions a responder
 * would ask after an incident, and whether the evidence to answer each would exist. The built-in
 * checklist computes it; reports only show it, so this is a plain model.
 *
 * @param resources the resources with their questions, sorted by id
 */
public record InvestigationView(List<InvestigationView.ResourceQuestions> resources) {

  /** Sorts the resources by id. */
  public InvestigationView {
    resources =
        resources.stream().sorted(Comparator.comparing(ResourceQuestions::resourceId)).toList();
  }

  /**
   * The view kept to the questions that at least one of {@code rules} checks, and the resources
   * with any such question left: a scan of some rules or areas answers only for them.
   */
  public InvestigationView askedOf(Collection<RuleMetadata> rules) {
    List<ResourceQuestions> kept = new ArrayList<>();
    for (ResourceQuestions resource : resources) {
      List<Question> asked =
          resource.questions().stream()
              .filter(
                  question ->
                      question.ruleIds().stream()
                          .anyMatch(id -> rules.stream().anyMatch(rule -> rule.answersTo(id))))
              .toList();
      if (!asked.isEmpty()) {
        kept.add(
            new ResourceQuestions(resource.resourceId(), resource.name(), resource.type(), asked));
      }
    }
    return new InvestigationView(kept);
  }

  /**
   * The questions about one resource.
   *
   * @param resourceId the resource
   * @param name its name
   * @param type its type
   * @param questions the questions, in the order a responder asks them
   */
  public record ResourceQuestions(
      ResourceId resourceId, String name, ResourceType type, List<Question> questions) {
    /** Validates and copies. */
    public ResourceQuestions {
      Objects.requireNonNull(resourceId, "'resourceId' cannot be null.");
      Objects.requireNonNull(name, "'name' cannot be null.");
      Objects.requireNonNull(type, "'type' cannot be null.");
      questions = List.copyOf(questions);
    }

    /** How many of the questions could be answered. */
    public long answered() {
      return questions.stream().filter(Question::answered).count();
    }
  }

  /**
   * One investigative question.
   *
   * @param question for example "Who uploaded files to this storage account, and when?"
   * @param answered true when the evidence to answer it would exist
   * @param missingLink when not answered, the missing link in the evidence chain ("no diagnostic
   *     setting sends StorageWrite logs"); empty when answered or when no link is named
   * @param ruleIds the rules whose findings decided the answer
   */
  public record Question(
      String question, boolean answered, Optional<String> missingLink, List<String> ruleIds) {
    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException when the missing link is present but blank
     */
    public Question {
      Objects.requireNonNull(question, "'question' cannot be null.");
      Objects.requireNonNull(missingLink, "'missingLink' cannot be null.");
      if (missingLink.filter(String::isBlank).isPresent()) {
        throw new IllegalArgumentException(
            "'missingLink' is blank; leave it empty when no link is named.");
      }
      ruleIds = List.copyOf(ruleIds);
    }
  }
}
