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
import com.tngtech.archunit.core.domain.properties.HasModifiers;
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
        // Likewise Resource installs the Jackson forms of its JSON in readiness-api's
        // implementation package, which hands them to the project's other modules.
        .ignoreDependency(
            resideInAPackage(API_IMPLEMENTATION), resideInAPackage("dev.readiness.api"))
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
    JavaClasses supported =
        classes.that(
            resideInAPackage("dev.readiness.api..")
                .and(not(resideInAPackage(API_IMPLEMENTATION)))
                .and(HasModifiers.Predicates.modifier(JavaModifier.PUBLIC)));
    assertThat(supported).as("public classes of readiness-api's supported packages").isNotEmpty();
    List<String> exposing = new ArrayList<>();
    for (JavaClass type : supported) {
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
            "public members of readiness-api's supported packages that show a Jackson type (Jackson"
                + " stays internal: offer a String or Json form, and Jackson forms for the project's"
                + " own modules in "
                + API_IMPLEMENTATION
                + ")")
        .isEmpty();
  }

  @Test
  void onlyTheProjectsLibrariesUseTheApisImplementation() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "dev.readiness.api..", "dev.readiness.azure..", "dev.readiness.testkit..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(API_IMPLEMENTATION)
        .because("the Jackson forms there are not public API; rules and users read Json views")
        .check(classes);
  }

  /** readiness-api's internal package: public for the project's own modules, not API. */
  private static final String API_IMPLEMENTATION = "dev.readiness.api.implementation";

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
