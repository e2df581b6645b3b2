package dev.readiness.azure.implementation;

import dev.readiness.api.ResourceType;
import dev.readiness.azure.FetchMethod;

/** How one resource type is read; {@link FetchCatalog} holds the table. */
public sealed interface FetchSpec {
  /** The method, for plans and progress. */
  FetchMethod method();

  /** A human description of the call. */
  String source();

  /** The permission a denial names when the server does not say. */
  String permission();

  /**
   * Rows of a Resource Graph table. With {@code expandQuery} set, each row is then replaced by an
   * ARM GET of the resource with that query (restore point collections hold their points only
   * there).
   */
  record ResourceGraph(String table, String graphType, String permission, String expandQuery)
      implements FetchSpec {
    @Override
    public FetchMethod method() {
      return FetchMethod.RESOURCE_GRAPH;
    }

    @Override
    public String source() {
      return "Resource Graph table "
          + table
          + (expandQuery == null ? "" : ", then GET {resource}?" + expandQuery + " per resource");
    }
  }

  /** {@code GET /subscriptions/{id}{path}?api-version=..} once per subscription. */
  record PerSubscription(String path, String apiVersion, String permission) implements FetchSpec {
    @Override
    public FetchMethod method() {
      return FetchMethod.PER_SUBSCRIPTION;
    }

    @Override
    public String source() {
      return "GET /subscriptions/{id}" + path + "?api-version=" + apiVersion;
    }
  }

  /**
   * {@code GET {parentId}{suffix}?api-version=..} once per resource of {@code parent}; {@code
   * single} when the answer is one object rather than a list. A 404 means there is none.
   */
  record PerParent(
      ResourceType parent, String suffix, String apiVersion, boolean single, String permission)
      implements FetchSpec {
    @Override
    public FetchMethod method() {
      return FetchMethod.PER_RESOURCE;
    }

    @Override
    public String source() {
      return "GET {" + parent + "}" + suffix + "?api-version=" + apiVersion;
    }
  }

  /**
   * Diagnostic settings: the Activity Log's once per subscription, and those of every collected
   * resource whose type has resource logs and was requested.
   */
  record DiagnosticSettings(String apiVersion, String permission) implements FetchSpec {
    @Override
    public FetchMethod method() {
      return FetchMethod.PER_RESOURCE;
    }

    @Override
    public String source() {
      return "GET /subscriptions/{id}/providers/Microsoft.Insights/diagnosticSettings and"
          + " GET {resource}/providers/Microsoft.Insights/diagnosticSettings?api-version="
          + apiVersion;
    }
  }

  /**
   * The log categories and category groups of a resource type: {@code GET
   * {resource}/providers/Microsoft.Insights/diagnosticSettingsCategories} for one resource of each
   * type whose diagnostic settings are read, per subscription. The answer is a property of the
   * type, so one resource speaks for the others.
   */
  record DiagnosticSettingsCategories(String apiVersion, String permission) implements FetchSpec {
    @Override
    public FetchMethod method() {
      return FetchMethod.PER_RESOURCE;
    }

    @Override
    public String source() {
      return "GET {resource}/providers/Microsoft.Insights/diagnosticSettingsCategories?api-version="
          + apiVersion
          + " for one resource per type and subscription";
    }
  }

  /** {@code GET {arm}{path}?api-version=..} once for the tenant. */
  record Tenant(String path, String apiVersion, String permission) implements FetchSpec {
    @Override
    public FetchMethod method() {
      return FetchMethod.TENANT;
    }

    @Override
    public String source() {
      return "GET " + path + "?api-version=" + apiVersion;
    }
  }

  /**
   * {@code GET {graph}/v1.0{path}}, paged; {@code single} for an endpoint that returns one object.
   */
  record MicrosoftGraph(String collection, String path, boolean single, String permission)
      implements FetchSpec {
    @Override
    public FetchMethod method() {
      return FetchMethod.MICROSOFT_GRAPH;
    }

    @Override
    public String source() {
      return "GET /v1.0" + path;
    }
  }

  /** A type this collector does not read, and why; it gets no coverage record at all. */
  record NotRead(String reason, String permission) implements FetchSpec {
    @Override
    public FetchMethod method() {
      return FetchMethod.NOT_READ;
    }

    @Override
    public String source() {
      return reason;
    }
  }
}
