package dev.readiness.testkit.fakeazure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KqlQueryTest {
  @Test
  void parsesTheCollectorsQuery() {
    KqlQuery query =
        KqlQuery.parse(
            "Resources | where type in~ ('microsoft.compute/virtualmachines', \"Microsoft.KeyVault/vaults\")"
                + " | where subscriptionId in~ ('s1') and resourceGroup =~ 'RG'"
                + " | project id, name, type | order by id asc");

    assertThat(query.table()).isEqualTo("resources");
    assertThat(query.conditions())
        .containsExactly(
            new KqlQuery.Condition(
                "type",
                true,
                List.of("microsoft.compute/virtualmachines", "Microsoft.KeyVault/vaults")),
            new KqlQuery.Condition("subscriptionId", true, List.of("s1")),
            new KqlQuery.Condition("resourceGroup", true, List.of("RG")));
    assertThat(query.projection()).containsExactly("id", "name", "type");
    assertThat(query.orderColumn()).isEqualTo("id");
    assertThat(query.descending()).isFalse();
  }

  @Test
  void orderWithoutDirectionIsDescendingAsInKql() {
    assertThat(KqlQuery.parse("resources | sort by name").descending()).isTrue();
    assertThat(KqlQuery.parse("resources | order by name desc").descending()).isTrue();
    assertThat(KqlQuery.parse("resources").orderColumn()).isEqualTo("id");
    assertThat(KqlQuery.parse("resources").projection()).isNull();
  }

  @Test
  void tildeOperatorsIgnoreCaseAndOthersDoNot() {
    KqlQuery.Condition exact =
        KqlQuery.parse("resources | where name == 'vm-01'").conditions().get(0);
    KqlQuery.Condition loose =
        KqlQuery.parse("resources | where name =~ 'vm-01'").conditions().get(0);
    KqlQuery.Condition in =
        KqlQuery.parse("resources | where name in ('vm-01')").conditions().get(0);

    assertThat(exact.test("VM-01")).isFalse();
    assertThat(exact.test("vm-01")).isTrue();
    assertThat(loose.test("VM-01")).isTrue();
    assertThat(in.test("VM-01")).isFalse();
    assertThat(loose.test(null)).isFalse();
  }

  @Test
  void refusalsNameWhatWasExpectedAndWhere() {
    assertThatThrownBy(() -> KqlQuery.parse("resources | where type in~ ('a/b'"))
        .isInstanceOf(KqlQuery.InvalidQuery.class)
        .hasMessage("expected ')' but the query ended");
    assertThatThrownBy(() -> KqlQuery.parse("resources | extend x = 1"))
        .hasMessageStartingWith("unsupported operator 'extend'")
        .satisfies(e -> assertThat(((KqlQuery.InvalidQuery) e).position()).isEqualTo(12));
    assertThatThrownBy(() -> KqlQuery.parse("resources | where Type =~ 'x'"))
        .hasMessageStartingWith("unknown column 'Type'");
    assertThatThrownBy(() -> KqlQuery.parse("resources | where type !in~ ('x')"))
        .hasMessage("unsupported comparison '!'; expected in~, in, =~ or ==");
    assertThatThrownBy(() -> KqlQuery.parse("resources | where type =~ 'x"))
        .hasMessage("the string starting here is never closed");
    assertThatThrownBy(() -> KqlQuery.parse("resources | project id | project name"))
        .hasMessage("only one 'project' is supported");
  }
}
