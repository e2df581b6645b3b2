package dev.readiness.azure;

import java.net.URI;
import java.util.Objects;

/**
 * An Azure cloud: its name as snapshots record it and its Resource Manager, Microsoft Graph and
 * login endpoints.
 */
public final class AzureCloud {
  /** The public cloud. */
  public static final AzureCloud PUBLIC =
      new AzureCloud(
          "AzureCloud",
          URI.create("https://management.azure.com"),
          URI.create("https://graph.microsoft.com"),
          URI.create("https://login.microsoftonline.com"));

  /** Azure operated by 21Vianet in China. */
  public static final AzureCloud CHINA =
      new AzureCloud(
          "AzureChinaCloud",
          URI.create("https://management.chinacloudapi.cn"),
          URI.create("https://microsoftgraph.chinacloudapi.cn"),
          URI.create("https://login.chinacloudapi.cn"));

  /** Azure Government (US). */
  public static final AzureCloud US_GOVERNMENT =
      new AzureCloud(
          "AzureUSGovernment",
          URI.create("https://management.usgovcloudapi.net"),
          URI.create("https://graph.microsoft.us"),
          URI.create("https://login.microsoftonline.us"));

  private final String name;
  private final URI resourceManager;
  private final URI graph;
  private final URI login;

  private AzureCloud(String name, URI resourceManager, URI graph, URI login) {
    this.name = name;
    this.resourceManager = resourceManager;
    this.graph = graph;
    this.login = login;
  }

  /**
   * A cloud with explicit endpoints, for sovereign or private clouds and for test servers.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when an endpoint is not an absolute http(s) URI
   */
  public static AzureCloud custom(String name, URI resourceManager, URI graph, URI login) {
    Objects.requireNonNull(name, "'name' cannot be null.");
    return new AzureCloud(
        name,
        endpoint(resourceManager, "resourceManager"),
        endpoint(graph, "graph"),
        endpoint(login, "login"));
  }

  private static URI endpoint(URI uri, String what) {
    Objects.requireNonNull(uri, "'" + what + "' cannot be null.");
    String scheme = uri.getScheme();
    if (!uri.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme))) {
      throw new IllegalArgumentException(
          "'" + what + "' must be an absolute http(s) URI, not '" + uri + "'.");
    }
    String text = uri.toString();
    return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  /** The name snapshots record, for example {@code AzureCloud}. */
  public String name() {
    return name;
  }

  /** The Azure Resource Manager endpoint, without a trailing slash. */
  public URI resourceManagerEndpoint() {
    return resourceManager;
  }

  /** The Microsoft Graph endpoint, without a trailing slash. */
  public URI graphEndpoint() {
    return graph;
  }

  /** The Entra ID login endpoint, without a trailing slash. */
  public URI loginEndpoint() {
    return login;
  }

  @Override
  public String toString() {
    return name + " (" + resourceManager + ")";
  }
}
