package dev.readiness.examples.cli;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module map as rules: the API and the rules never see the Azure SDK or the modules built on
 * them, the collector's implementation stays private, and packages form no cycles. Runs here
 * because this module sees every other one on its class path.
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
        // As in the Azure SDK, the collector's public facade and its implementation package are one
        // unit: the facade delegates to the implementation, which acts on the public option types
        // (scope, listener, progress) it is handed. Every other package pair must be acyclic.
        .ignoreDependency(
            describe(
                "classes in dev.readiness.azure.implementation",
                (JavaClass c) ->
                    c.getPackageName().startsWith("dev.readiness.azure.implementation")),
            describe(
                "the collector's public types",
                (JavaClass c) -> c.getPackageName().equals("dev.readiness.azure")))
        .check(classes);
  }
}
