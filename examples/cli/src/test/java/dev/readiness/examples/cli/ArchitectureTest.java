package dev.readiness.examples.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
    Map<String, Set<String>> dependencies = packageDependencies();
    assertThat(dependencies).as("package dependencies between Readiness packages").isNotEmpty();
    assertThat(cycles(dependencies)).as("package cycles").isEmpty();
  }

  @Test
  void theCycleSearchFindsACycle() {
    Map<String, Set<String>> graph =
        Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
    assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c", "a"));
    assertThat(cycles(Map.of("a", Set.of("b"), "b", Set.of()))).isEmpty();
  }

  /** Which Readiness package uses which other one, from every class's direct dependencies. */
  private static Map<String, Set<String>> packageDependencies() {
    Map<String, Set<String>> dependencies = new TreeMap<>();
    for (JavaClass source : classes) {
      String from = source.getPackageName();
      for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
        String to = dependency.getTargetClass().getBaseComponentType().getPackageName();
        if (to.startsWith("dev.readiness.")
            && !to.equals(from)
            && !facadeAndItsImplementation(from, to)) {
          dependencies.computeIfAbsent(from, p -> new TreeSet<>()).add(to);
        }
      }
    }
    return dependencies;
  }

  /**
   * As in the Azure SDK, the collector's public facade and its implementation package are one unit:
   * the facade delegates to the implementation, which acts on the public option types (scope,
   * listener, progress) it is handed. Every other package pair must be acyclic.
   */
  private static boolean facadeAndItsImplementation(String from, String to) {
    return from.equals("dev.readiness.azure.implementation") && to.equals("dev.readiness.azure");
  }

  /** Every cycle a depth-first search meets, each as the path that closes it. */
  private static List<List<String>> cycles(Map<String, Set<String>> graph) {
    List<List<String>> found = new ArrayList<>();
    Set<String> finished = new TreeSet<>();
    for (String start : new TreeSet<>(graph.keySet())) {
      search(start, graph, new ArrayList<>(), finished, found);
    }
    return found;
  }

  private static void search(
      String node,
      Map<String, Set<String>> graph,
      List<String> path,
      Set<String> finished,
      List<List<String>> found) {
    int onPath = path.indexOf(node);
    if (onPath >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(onPath, path.size()));
      cycle.add(node);
      found.add(cycle);
      return;
    }
    if (!finished.add(node)) {
      return;
    }
    path.add(node);
    for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
      search(next, graph, path, finished, found);
    }
    path.remove(path.size() - 1);
  }
}
