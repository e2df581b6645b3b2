package dev.readiness.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Fix;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

class RuleContractTest {
  private static final ResourceType VMS = SampleRules.VMS;

  @Test
  void aSoundRuleKeepsTheContract() {
    RuleContract.verify(new SampleRules.GuestLogs());
  }

  @Test
  void aRuleReadingATypeNoSyntheticTenantHoldsIsGivenOne() {
    ResourceType sites = ResourceType.of("Microsoft.Web/sites/config");
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    Rule rule =
        new Rule() {
          private final RuleMetadata metadata =
              SampleRules.sampleMetadata("TEST-SITES-01", sites).build();

          @Override
          public RuleMetadata metadata() {
            return metadata;
          }

          @Override
          public void evaluate(RuleContext context) {
            for (Resource config : context.resources(sites)) {
              seen.add(config.id().toString());
              context.report(config).pass("seen");
            }
          }
        };

    RuleContract.verify(rule);

    assertThat(seen)
        .isNotEmpty()
        .allMatch(id -> id.endsWith("/providers/Microsoft.Web/sites/contract-1/config/contract-2"));
  }

  @Test
  void catchesARuleWhoseFixDoesNotFixWhatItFails() {
    Rule rule =
        new BrokenRule("TEST-FIX-01") {
          @Override
          public void evaluate(RuleContext context) {
            for (Resource vm : context.resources(VMS)) {
              boolean tagged = vm.tags().containsKey("owner");
              var finding =
                  context
                      .report(vm)
                      // The fix sets a tag other than the one the rule reads.
                      .fix(
                          Fix.of(
                              ArmChange.patch(
                                  vm.id().toString(),
                                  VMS.toString(),
                                  "2024-07-01",
                                  Map.of("tags", Map.of("team", "ops")),
                                  "Tag the VM.")));
              if (tagged) {
                finding.pass("it has an owner tag");
              } else {
                finding.fail("it has no owner tag");
              }
            }
          }
        };

    assertThatThrownBy(() -> RuleContract.verify(rule))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Rule TEST-FIX-01 breaks the rule contract")
        .hasMessageContaining(
            "Its own fixes, applied to the synthetic tenant, leave these failures")
        .hasMessageContaining("it has no owner tag");
  }

  @Test
  void catchesARuleThatFailsOnAnEmptySnapshot() {
    Rule rule =
        new BrokenRule("TEST-EMPTY-01") {
          @Override
          public void evaluate(RuleContext context) {
            Resource first = context.resources(VMS).get(0);
            context.report(first).pass("first VM is fine");
          }
        };

    assertThatThrownBy(() -> RuleContract.verify(rule))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Rule TEST-EMPTY-01 breaks the rule contract")
        .hasMessageContaining("On an empty snapshot it produced ERROR")
        .hasMessageContaining("IndexOutOfBoundsException");
  }

  @Test
  void catchesARuleThatIsNotDeterministic() {
    AtomicInteger runs = new AtomicInteger();
    Rule rule =
        new BrokenRule("TEST-RANDOM-01") {
          @Override
          public void evaluate(RuleContext context) {
            int run = runs.incrementAndGet();
            context.resources(VMS).forEach(vm -> context.report(vm).pass("run " + run));
          }
        };

    assertThatThrownBy(() -> RuleContract.verify(rule))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("It is not deterministic");
  }

  @Test
  void catchesARuleThatDecidesWithoutItsData() {
    ResourceType elsewhere = ResourceType.of("Microsoft.Network/networkInterfaces");
    Rule rule =
        new BrokenRule("TEST-BLIND-01") {
          @Override
          public void evaluate(RuleContext context) {
            // Narrows the coverage check to a collected type it never declared: a false PASS.
            context
                .resources(VMS)
                .forEach(vm -> context.report(vm).dependsOn(elsewhere).pass("looks fine"));
          }
        };

    // The engine refuses the narrowing itself, so the contract sees an ERROR.
    assertThatThrownBy(() -> RuleContract.verify(rule))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("On a synthetic tenant it produced ERROR")
        .hasMessageContaining(
            "depend on Microsoft.Network/networkInterfaces, which the rule does not declare");
  }

  @Test
  void catchesAVerdictRestingOnDataTheEngineDidNotSeeLookedUp() {
    Rule rule =
        new BrokenRule("TEST-HIDDEN-01", VMS, SampleRules.EXTENSIONS) {
          @Override
          public void evaluate(RuleContext context) {
            for (Resource vm : context.resources(VMS)) {
              // Looked up on another thread, where the engine does not see the lookup.
              boolean agent =
                  CompletableFuture.supplyAsync(
                          () -> !context.snapshot().children(vm, SampleRules.EXTENSIONS).isEmpty())
                      .join();
              if (agent) {
                context.report(vm).pass("has an extension");
              } else {
                context.report(vm).fail("has no extension");
              }
            }
          }
        };

    assertThatThrownBy(() -> RuleContract.verify(rule))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "With Microsoft.Compute/virtualMachines/extensions denied, it still decided")
        .hasMessageContaining("has no extension");
  }

  @Test
  void catchesARuleThatReportsAboutUndeclaredTypes() {
    ResourceType storage = SampleRules.STORAGE;
    Rule rule =
        new BrokenRule("TEST-STRAY-01") {
          @Override
          public void evaluate(RuleContext context) {
            context.resources(storage).forEach(account -> context.report(account).fail("stray"));
          }
        };

    assertThatThrownBy(() -> RuleContract.verify(rule))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("On a synthetic tenant it produced ERROR")
        .hasMessageContaining("which the rule does not declare");
  }

  @Test
  void catchesMetadataBuiltAfreshOnEveryCall() {
    Rule rule =
        new BrokenRule("TEST-FRESH-01") {
          @Override
          public RuleMetadata metadata() {
            return SampleRules.sampleMetadata("TEST-FRESH-01", VMS).build();
          }

          @Override
          public void evaluate(RuleContext context) {}
        };

    assertThatThrownBy(() -> RuleContract.verify(rule))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("metadata() returns a new object on each call");
  }

  @Test
  void catchesInvalidMetadata() {
    assertThatThrownBy(() -> RuleContract.verify(new SampleRules.NoReads()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("has invalid metadata")
        .hasMessageContaining("it reads no resource types");
  }

  @Test
  void makesOneDynamicTestPerRuleAndRefusesAnEmptySet() {
    List<DynamicTest> tests =
        RuleContract.dynamicTests(List.of(new SampleRules.GuestLogs(), new SampleRules.NoReads()))
            .toList();

    assertThat(tests)
        .extracting(DynamicTest::getDisplayName)
        .containsExactly(
            "TEST-GUEST-01 keeps the rule contract",
            SampleRules.NoReads.class.getName() + " keeps the rule contract");
    assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> RuleContract.dynamicTests(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No rules to check");
  }

  /** A rule reading VMs whose evaluate() each test breaks in its own way. */
  private abstract static class BrokenRule implements Rule {
    private final RuleMetadata metadata;

    BrokenRule(String id) {
      this(id, VMS);
    }

    BrokenRule(String id, ResourceType... reads) {
      this.metadata = SampleRules.sampleMetadata(id, reads).build();
    }

    @Override
    public RuleMetadata metadata() {
      return metadata;
    }
  }
}
