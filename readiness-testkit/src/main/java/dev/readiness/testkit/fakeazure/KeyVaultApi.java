package dev.readiness.testkit.fakeazure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Key Vault data plane's key rotation policies, one endpoint for every vault: {@code GET
 * {keyVaultEndpoint}/{vaultName}/keys/{keyName}/rotationpolicy?api-version=7.4} stands for {@code
 * GET https://{vaultName}.vault.azure.net/keys/{keyName}/rotationpolicy}. The answer is the {@code
 * properties} of the snapshot's {@code {keyId}/rotationPolicy/default} resource; a key without one
 * answers an empty policy (no lifetime actions), a missing key or vault {@code KeyNotFound}.
 */
final class KeyVaultApi implements ServiceApi {
  static final ResourceType VAULT = ResourceType.of("Microsoft.KeyVault/vaults");
  static final ResourceType KEY = ResourceType.of("Microsoft.KeyVault/vaults/keys");
  static final ResourceType ROTATION_POLICY =
      ResourceType.of("Microsoft.KeyVault/vaults/keys/rotationPolicy");
  private static final Pattern PATH =
      Pattern.compile("/([^/]+)/keys/([^/]+)/rotationpolicy/?", Pattern.CASE_INSENSITIVE);

  private final ServedSnapshot served;

  KeyVaultApi(ServedSnapshot served) {
    this.served = served;
  }

  @Override
  public AzureService service(Request request) {
    return AzureService.KEY_VAULT;
  }

  @Override
  public Route route(Request request) {
    if (!request.method().equals("GET")) {
      throw Errors.refuse(405, "BadParameter", "This server serves reads only.");
    }
    if (request.parameter("api-version") == null) {
      throw Errors.refuse(400, "BadParameter", "The 'api-version' query parameter is missing.");
    }
    Matcher matcher = PATH.matcher(request.path());
    if (!matcher.matches()) {
      throw Errors.refuse(
          400,
          "BadParameter",
          "This server serves only /{vaultName}/keys/{keyName}/rotationpolicy, not '"
              + request.path()
              + "'.");
    }
    String vaultName = matcher.group(1);
    String keyName = matcher.group(2);
    Optional<Resource> vault =
        served.snapshot().resources(VAULT).stream()
            .filter(v -> v.name().equalsIgnoreCase(vaultName))
            .findFirst();
    Optional<ResourceId> keyId = vault.map(v -> v.id().child("keys", keyName));
    Call call = Call.get(AzureService.KEY_VAULT, keyId.orElse(ResourceId.TENANT), ROTATION_POLICY);
    return Route.single(
        call,
        () ->
            keyId
                .filter(id -> served.resource(id).isPresent())
                .map(this::policy)
                .orElseGet(() -> Errors.notFound(AzureService.KEY_VAULT, keyName)));
  }

  private Response policy(ResourceId keyId) {
    ResourceId policyId = keyId.child("rotationPolicy", "default");
    Optional<JsonNode> properties =
        served.resource(policyId).map(r -> served.json(r).path("properties"));
    if (properties.isPresent() && properties.get().isObject()) {
      return Response.ok((ObjectNode) properties.get());
    }
    ObjectNode empty = Response.object();
    empty.putArray("lifetimeActions");
    empty.putObject("attributes");
    return Response.ok(empty);
  }
}
