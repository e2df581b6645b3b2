package dev.readiness.rules.checklist;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ids of the built-in roles the checklist names, each written once: Microsoft Entra role
 * template ids (the same in every tenant) and Azure built-in role definition ids (the same in every
 * subscription), lower case as they compare.
 */
public final class WellKnownRoles {
  /** Entra ID: Global Administrator. */
  public static final String GLOBAL_ADMINISTRATOR = "62e90394-69f5-4237-9190-012177145e10";

  /** Entra ID: Privileged Role Administrator. */
  public static final String PRIVILEGED_ROLE_ADMINISTRATOR = "e8611ab8-c189-46e8-94e1-60213ab1f814";

  /** Entra ID: Privileged Authentication Administrator. */
  public static final String PRIVILEGED_AUTHENTICATION_ADMINISTRATOR =
      "7be44c8a-adaf-4e2a-84d6-ab2649e08a13";

  /** Entra ID: Security Administrator. */
  public static final String SECURITY_ADMINISTRATOR = "194ae4cb-b126-40b2-bd5b-6091b380977d";

  /** Entra ID: Conditional Access Administrator. */
  public static final String CONDITIONAL_ACCESS_ADMINISTRATOR =
      "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9";

  /** Entra ID: User Administrator. */
  public static final String USER_ADMINISTRATOR = "fe930be7-5e62-47db-91af-98c3a49a38b1";

  /** Entra ID: Application Administrator. */
  public static final String APPLICATION_ADMINISTRATOR = "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3";

  /** Azure RBAC: Owner. */
  public static final String OWNER = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";

  /** Azure RBAC: User Access Administrator, which can grant itself Owner. */
  public static final String USER_ACCESS_ADMINISTRATOR = "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9";

  /** Azure RBAC: Contributor. */
  public static final String CONTRIBUTOR = "b24988ac-6180-42a0-ab88-20f7382dd24c";

  /** Azure RBAC: Role Based Access Control Administrator. */
  public static final String RBAC_ADMINISTRATOR = "f58310d9-a9f6-439a-9e8d-f62e7b41a168";

  private static final Map<String, String> ENTRA_NAMES =
      Map.of(
          GLOBAL_ADMINISTRATOR, "Global Administrator",
          PRIVILEGED_ROLE_ADMINISTRATOR, "Privileged Role Administrator",
          PRIVILEGED_AUTHENTICATION_ADMINISTRATOR, "Privileged Authentication Administrator",
          SECURITY_ADMINISTRATOR, "Security Administrator",
          CONDITIONAL_ACCESS_ADMINISTRATOR, "Conditional Access Administrator",
          USER_ADMINISTRATOR, "User Administrator",
          APPLICATION_ADMINISTRATOR, "Application Administrator");

  private static final Map<String, String> AZURE_NAMES =
      Map.of(
          OWNER, "Owner",
          USER_ACCESS_ADMINISTRATOR, "User Access Administrator",
          CONTRIBUTOR, "Contributor",
          RBAC_ADMINISTRATOR, "Role Based Access Control Administrator");

  private WellKnownRoles() {}

  /**
   * The built-in name of the Entra or Azure role {@code id} (any case), when it is one of these.
   */
  public static Optional<String> name(String id) {
    return azureName(id).or(() -> Optional.ofNullable(ENTRA_NAMES.get(key(id))));
  }

  /** The built-in name of the Azure role {@code id} (any case), when it is one of these. */
  public static Optional<String> azureName(String id) {
    return Optional.ofNullable(AZURE_NAMES.get(key(id)));
  }

  private static String key(String id) {
    return id.toLowerCase(Locale.ROOT);
  }
}
