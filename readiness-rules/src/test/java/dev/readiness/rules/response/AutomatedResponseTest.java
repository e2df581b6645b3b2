package dev.readiness.rules.response;

import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.GenericResource;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutomatedResponseTest {
  private static final AutomatedResponse RULE = new AutomatedResponse();

  private static GenericResource workflow(
      Subscription sub, String name, String eventSource, String actionType, String scopePath) {
    return sub.resourceGroup("rg-sec")
        .resource("Microsoft.Security/automations", name)
        .property("/properties/isEnabled", true)
        .property("/properties/scopes", List.of(Map.of("scopePath", scopePath)))
        .property("/properties/sources", List.of(Map.of("eventSource", eventSource)))
        .property("/properties/actions", List.of(Map.of("actionType", actionType)));
  }

  @Test
  void continuousExportOnlyIsFixedByItsRemediation() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    workflow(prod, "ExportToWorkspace", "Assessments", "Workspace", prod.id().toString());
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFixedByItsRemediation(prod.subscriptionId())
        .doTest();
  }
}
