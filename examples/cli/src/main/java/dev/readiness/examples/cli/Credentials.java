package dev.readiness.examples.cli;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.identity.AzureCliCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DefaultAzureCredentialBuilder;
import dev.readiness.azure.AzureCloud;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The credential a live run signs in with, and its name for the one line that says sign-in failed.
 * A token in {@code READINESS_ACCESS_TOKEN} wins; otherwise {@code --credential} chooses.
 */
final class Credentials {
  /** A bearer token to use as is, for pipelines that already hold one, and for test servers. */
  static final String TOKEN_VARIABLE = "READINESS_ACCESS_TOKEN";

  private static final List<String> ENVIRONMENT =
      List.of("AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET");

  /**
   * A credential and the words naming it.
   *
   * @param credential the credential
   * @param name what it is, for example "DefaultAzureCredential (environment, ...)"
   */
  record Chosen(TokenCredential credential, String name) {}

  private Credentials() {}

  static Chosen choose(String option, Map<String, String> environment, AzureCloud cloud) {
    String token = environment.get(TOKEN_VARIABLE);
    if (token != null && !token.isBlank()) {
      return new Chosen(staticToken(token.strip()), "the token in " + TOKEN_VARIABLE);
    }
    String authority = cloud.loginEndpoint().toString();
    return switch (option == null ? "default" : option.toLowerCase(Locale.ROOT)) {
      case "default" ->
          new Chosen(
              new DefaultAzureCredentialBuilder().authorityHost(authority).build(),
              "DefaultAzureCredential (environment, workload identity, managed identity, Azure"
                  + " CLI, Azure PowerShell, Azure Developer CLI)");
      case "azure-cli" -> new Chosen(new AzureCliCredentialBuilder().build(), "the Azure CLI");
      case "environment" -> fromEnvironment(environment, authority);
      default ->
          throw new Exit.BadInput(
              "unknown --credential '" + option + "'; expected default, azure-cli or environment.");
    };
  }

  /**
   * A service principal's secret from the command's environment. Missing variables fail at sign-in
   * like any credential that cannot sign in, without a network call.
   */
  private static Chosen fromEnvironment(Map<String, String> environment, String authority) {
    String name = "the environment credential (" + String.join(", ", ENVIRONMENT) + ")";
    List<String> missing = new ArrayList<>();
    for (String variable : ENVIRONMENT) {
      String value = environment.get(variable);
      if (value == null || value.isBlank()) {
        missing.add(variable);
      }
    }
    if (!missing.isEmpty()) {
      String why = String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " not set";
      TokenCredential unavailable = request -> Mono.error(new IllegalStateException(why));
      return new Chosen(unavailable, name);
    }
    return new Chosen(
        new ClientSecretCredentialBuilder()
            .tenantId(environment.get("AZURE_TENANT_ID"))
            .clientId(environment.get("AZURE_CLIENT_ID"))
            .clientSecret(environment.get("AZURE_CLIENT_SECRET"))
            .authorityHost(authority)
            .build(),
        name);
  }

  private static TokenCredential staticToken(String token) {
    // The token's real expiry is unknown; the pipeline only needs one in the future.
    return request -> Mono.just(new AccessToken(token, OffsetDateTime.now().plusHours(1)));
  }
}
