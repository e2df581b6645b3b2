package dev.readiness.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResourceTypeTest {
  @Test
  void comparesIgnoringCaseAndKeepsEachSpelling() {
    ResourceType proper = ResourceType.of("Microsoft.Compute/virtualMachines");
    ResourceType lower = ResourceType.of("microsoft.compute/virtualmachines");

    assertThat(proper).isEqualTo(lower).hasSameHashCodeAs(lower);
    assertThat(proper).hasToString("Microsoft.Compute/virtualMachines");
    assertThat(lower).hasToString("microsoft.compute/virtualmachines");
    assertThat(ResourceType.of("Microsoft.Compute/virtualMachines")).isSameAs(proper);
    assertThat(ResourceType.of(" Microsoft.Compute/virtualMachines "))
        .isEqualTo(proper)
        .hasToString("Microsoft.Compute/virtualMachines");
  }

  @Test
  void rejectsMalformedNamesEveryTimeTheyAreAsked() {
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> ResourceType.of("virtualMachines"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must look like 'Namespace/type'");
      assertThatThrownBy(() -> ResourceType.of("Microsoft.Compute//x"))
          .hasMessageContaining("empty segment");
    }
  }

  @Test
  void manyDistinctNamesAreStillParsedCorrectlyOnceTheSharedOnesAreManyThousands() {
    for (int i = 0; i < 10_000; i++) {
      ResourceType type = ResourceType.of("Contoso.Fake/type" + i);
      assertThat(type.simpleName()).isEqualTo("type" + i);
      assertThat(type).isEqualTo(ResourceType.of("contoso.fake/TYPE" + i));
    }
  }
}
