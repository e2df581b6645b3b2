package dev.readiness.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import dev.readiness.api.ResourceType;
import dev.readiness.testkit.fakeazure.FakeAzure;
import java.time.OffsetDateTime;
import java.util.Set;
import reactor.core.publisher.Mono;

/** Collectors pointed at a FakeAzure, with a credential that issues fake tokens. */
final class TestCollectors {
  static final TokenCredential FAKE_CREDENTIAL =
      request -> Mono.just(new AccessToken("fake-token", OffsetDateTime.now().plusHours(1)));

  private TestCollectors() {}

  /** A builder that reads {@code types} from {@code azure}. */
  static CollectorBuilder against(FakeAzure azure, Set<ResourceType> types) {
    return Collector.builder()
        .credential(FAKE_CREDENTIAL)
        .cloud(
            AzureCloud.custom(
                "AzureCloud", azure.armEndpoint(), azure.graphEndpoint(), azure.armEndpoint()))
        .types(types);
  }
}
