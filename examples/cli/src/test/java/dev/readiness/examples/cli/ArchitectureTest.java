package dev.readiness.examples.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module map as rules: the API and the rules never see the Azure SDK or the modules built on
 * them, the collector's implementation and the rules' internal helpers stay private, and packages
 * form no cycles. Runs here because this module sees every other one on its class path.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.readiness");
  }

  @Test
  void theApiDependsOnNoAzureSdkAndNoOtherModule() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("dev.readiness.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "com.azure..",
                "dev.readiness.rules..",
                "dev.readiness.azure..",
                "dev.readiness.testkit..",
                "dev.readiness.examples..")
            .because("readiness-api is the base every module and user builds on");
    rule.check(classes);
  }

  @Test
  void theRulesNeverSeeAzureSdkTypesOrTheCollector() {
    noClasses()
        .that()
        .resideInAPackage("dev.readiness.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.azure..", "dev.readiness.azure..", "dev.readiness.testkit..")
        .because("rules read snapshots, which come from a live tenant or a file alike")
        .check(classes);
  }

  @Test
  void theTestkitDependsOnTheApiOnly() {
    noClasses()
        .that()
        .resideInAPackage("dev.readiness.testkit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.azure..", "dev.readiness.azure..", "dev.readiness.rules..")
        .because("the testkit serves users' own rules and stands beside the collector, not on it")
        .check(classes);
  }

  @Test
  void onlyTheCollectorUsesItsImplementation() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.readiness.azure..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.readiness.azure.implementation..")
        .because("implementation types are not public API")
        .check(classes);
  }

  @Test
  void packagesFormNoCycles() {
    slices()
        .matching("dev.readiness.(**)")
        .should()
        .beFreeOfCycles()
        // As in the Azure SDK, the collector's facade and its implementation package are one unit:
        // the facade delegates to the implementation, which acts on the public option types
        // (scope, listener, progress) it is handed.
        .ignoreDependency(
            resideInAPackage("dev.readiness.azure.implementation"),
            resideInAPackage("dev.readiness.azure"))
        .check(classes);
  }

  @Test
  void onlyTheBuiltInRulesUseTheirInternalHelpers() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.readiness.rules..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("dev.readiness.rules.support")
                .and(not(SUPPORTED_RULE_HELPERS))
                .or(resideInAPackage("dev.readiness.rules.docs")))
        .because("only the helpers docs/api.md names are supported API for in-house rules")
        .check(classes);
  }

  @Test
  void theSupportedRuleHelpersExposeOnlySupportedTypes() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat(SUPPORTED_RULE_HELPERS)
        .should(new ExposeOnlySupportedTypes())
        .check(classes);
  }

  @Test
  void theApiShowsNoJacksonTypeInItsPublicSignatures() {
    List<String> exposing = new ArrayList<>();
    for (JavaClass type : classes.that(resideInAPackage("dev.readiness.api.."))) {
      if (!type.getModifiers().contains(JavaModifier.PUBLIC)) {
        continue;
      }
      for (JavaMember member : type.getMembers()) {
        if (member.getModifiers().contains(JavaModifier.PUBLIC)
            && involvedTypes(member).stream()
                .anyMatch(t -> t.getName().startsWith("com.fasterxml."))) {
          exposing.add(member.getFullName());
        }
      }
    }
    assertThat(exposing)
        .as(
            "public members of readiness-api that show a Jackson type (Jackson stays internal; the"
                + " known ones are listed in JACKSON_IN_API until they are replaced)")
        .containsExactlyInAnyOrderElementsOf(JACKSON_IN_API);
  }

  /**
   * The public members of readiness-api that still show a Jackson type, each to be replaced by a
   * String, InputStream or {@code Json} form. The list may only shrink: the test fails when one of
   * them is gone, so it is taken off here, and when a new one appears.
   */
  private static final Set<String> JACKSON_IN_API =
      Set.of(
          "dev.readiness.api.Json.toJsonNode()",
          "dev.readiness.api.Resource.of(com.fasterxml.jackson.databind.JsonNode)",
          "dev.readiness.api.Resource.read(com.fasterxml.jackson.core.JsonParser)",
          "dev.readiness.api.Resource.toJsonNode()",
          "dev.readiness.api.Resource.writeTo(com.fasterxml.jackson.core.JsonGenerator)",
          "dev.readiness.api.Resource$Reader.of(com.fasterxml.jackson.databind.JsonNode)",
          "dev.readiness.api.Resource$Reader.read(com.fasterxml.jackson.core.JsonParser)",
          "dev.readiness.api.report.LocatedJson.array(com.fasterxml.jackson.databind.node.ObjectNode, java.lang.String)",
          "dev.readiness.api.report.LocatedJson.error(com.fasterxml.jackson.databind.JsonNode, java.lang.String)",
          "dev.readiness.api.report.LocatedJson.object(com.fasterxml.jackson.databind.JsonNode, java.lang.String)",
          "dev.readiness.api.report.LocatedJson.onlyFields(com.fasterxml.jackson.databind.node.ObjectNode, java.util.Set)",
          "dev.readiness.api.report.LocatedJson.root()",
          "dev.readiness.api.report.LocatedJson.text(com.fasterxml.jackson.databind.node.ObjectNode, java.lang.String)",
          "dev.readiness.api.report.LocatedJson.where(com.fasterxml.jackson.databind.JsonNode)");

  /** Every type a member's signature names: parameters, return or field type, type arguments. */
  private static Set<JavaClass> involvedTypes(JavaMember member) {
    Set<JavaClass> types = new java.util.HashSet<>();
    if (member instanceof JavaCodeUnit unit) {
      unit.getParameterTypes().forEach(t -> types.addAll(t.getAllInvolvedRawTypes()));
      types.addAll(unit.getReturnType().getAllInvolvedRawTypes());
      unit.getThrowsClause().getTypes().forEach(types::add);
    } else if (member instanceof JavaField field) {
      types.addAll(field.getType().getAllInvolvedRawTypes());
    }
    return types;
  }

  /** The classes of rules.support that docs/api.md makes supported API. */
  private static final Set<String> SUPPORTED_HELPER_NAMES =
      Stream.of("DiagnosticLogs", "LogRouting", "Destination", "Retention", "CategoryGroups")
          .map(name -> "dev.readiness.rules.support." + name)
          .collect(Collectors.toCollection(TreeSet::new));

  /** A supported helper or one of its nested types (LogRouting.Route, Retention.Kind, …). */
  private static final DescribedPredicate<JavaClass> SUPPORTED_RULE_HELPERS =
      DescribedPredicate.describe(
          "supported rule helpers " + SUPPORTED_HELPER_NAMES,
          type -> SUPPORTED_HELPER_NAMES.contains(type.getName().replaceAll("\\$.*", "")));

  /** A supported helper's public method takes and returns no internal rules.support type. */
  private static final class ExposeOnlySupportedTypes extends ArchCondition<JavaMethod> {
    ExposeOnlySupportedTypes() {
      super("take and return only supported types");
    }

    @Override
    public void check(JavaMethod method, ConditionEvents events) {
      List<JavaClass> exposed = new ArrayList<>(method.getRawParameterTypes());
      exposed.add(method.getRawReturnType());
      for (JavaClass type : exposed) {
        JavaClass base = type.getBaseComponentType();
        if (base.getPackageName().equals("dev.readiness.rules.support")
            && !SUPPORTED_RULE_HELPERS.test(base)) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " exposes the internal " + base.getName()));
        }
      }
    }
  }
}
