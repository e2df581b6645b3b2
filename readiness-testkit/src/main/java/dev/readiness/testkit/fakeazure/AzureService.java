package dev.readiness.testkit.fakeazure;

/** The Azure services {@link FakeAzure} imitates; each request it receives belongs to one. */
public enum AzureService {
  /** Azure Resource Manager reads: {@code GET} by resource id and list endpoints. */
  ARM,
  /** The Resource Graph query endpoint, served on the ARM endpoint. */
  RESOURCE_GRAPH,
  /** Microsoft Graph v1.0, served on its own endpoint. */
  GRAPH,
  /** The Key Vault data plane (key rotation policies), served on its own endpoint. */
  KEY_VAULT
}
