package dev.readiness.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ResourceType;
import dev.readiness.azure.implementation.FetchCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/permissions.md must name every Microsoft Graph permission the collector can ask for. */
class PermissionsDocTest {
  @Test
  void everyGraphPermissionIsDocumented() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "permissions.md"));
    Set<ResourceType> graphTypes =
        Stream.of(
                "users",
                "userRegistrationDetails",
                "conditionalAccessPolicies",
                "identitySecurityDefaultsEnforcementPolicy",
                "directoryRoleAssignments",
                "directoryRoleEligibilitySchedules",
                "accessReviewDefinitions")
            .map(c -> ResourceType.of("microsoft.graph/" + c))
            .collect(Collectors.toSet());

    for (ResourceType type : graphTypes) {
      String permission = FetchCatalog.specFor(type).permission();
      assertThat(doc).as("permission of %s", type).contains("`" + permission + "`");
      assertThat(doc)
          .as("endpoint of %s", type)
          .contains(FetchCatalog.specFor(type).source().substring(9).split("\\?")[0]);
    }
  }
}
