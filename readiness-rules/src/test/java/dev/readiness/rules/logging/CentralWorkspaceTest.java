package dev.readiness.rules.logging;

import dev.readiness.api.Rule;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;

/**
 * Where the tests of rules about exported resource logs start: a tenant with one subscription and
 * one resource group holding the central Log Analytics workspace. JUnit makes a new instance, and
 * so a new tenant, for every test.
 */
abstract class CentralWorkspaceTest {
  protected final Tenant tenant = Tenant.create();
  protected final ResourceGroup group;
  protected final LogAnalyticsWorkspace workspace;

  CentralWorkspaceTest(String resourceGroup) {
    group = tenant.subscription("prod").resourceGroup(resourceGroup);
    workspace = group.logAnalyticsWorkspace("law-central");
  }

  /** The rule under test. */
  abstract Rule rule();

  RuleTestHelper helper() {
    return RuleTestHelper.forRule(rule()).given(tenant);
  }
}
