package dev.readiness.rules.data;

import static dev.readiness.rules.types.AzureTypes.REDIS;
import static dev.readiness.rules.types.AzureTypes.SQL_SERVERS;
import static dev.readiness.rules.types.AzureTypes.STORAGE_ACCOUNTS;
import static dev.readiness.rules.types.AzureTypes.WEB_SITES;
import static dev.readiness.rules.types.AzureTypes.WEB_SITE_CONFIG;
import static dev.readiness.rules.types.AzureTypes.WEB_SITE_SLOTS;
import static dev.readiness.rules.types.AzureTypes.WEB_SITE_SLOT_CONFIG;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Category;
import dev.readiness.api.Change;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FR-DATA-02: storage, App Service (and its deployment slots), SQL servers and Redis accept only
 * encrypted connections at the minimum TLS version of the options.
 */
public final class EncryptionInTransit extends ChecklistRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-DATA-02")
          .title("Data in transit is encrypted with a current TLS version")
          .category(Category.DATA_PROTECTION)
          .severity(
              Severity.MEDIUM,
              "Plain-text or old-TLS connections expose credentials and data to anyone on the"
                  + " path, outside any log.")
          .rationale(
              "Protects the question 'could credentials or data have been intercepted on the"
                  + " wire?': when every service refuses plain HTTP, the non-TLS Redis port and"
                  + " TLS below 1.2, interception is ruled out and investigators can focus on the"
                  + " identities that were logged.")
          .remediation(
              Remediation.of(
                  "Azure portal > Storage accounts > Configuration: 'Secure transfer required'"
                      + " Enabled, 'Minimum TLS version' 1.2. App Services > (app, and each of"
                      + " its deployment slots) > Configuration: 'HTTPS Only' On, 'Minimum TLS"
                      + " version' 1.2. SQL servers > Networking >"
                      + " Connectivity: 'Minimum TLS version' 1.2. Azure Cache for Redis >"
                      + " Advanced settings: non-TLS port off, minimum TLS 1.2.",
                  "az storage account update --name <account> --resource-group <rg>"
                      + " --https-only true --min-tls-version TLS1_2 && az webapp update"
                      + " --name <app> --resource-group <rg> --https-only true && az webapp"
                      + " config set --name <app> --resource-group <rg> --min-tls-version 1.2"
                      + " && az sql server update --name <server> --resource-group <rg>"
                      + " --minimal-tls-version 1.2 && az redis update --name <cache>"
                      + " --resource-group <rg> --set enableNonSslPort=false"
                      + " minimumTlsVersion=1.2"))
          .learnMore(
              "https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version")
          .controls(
              "MCSB DP-3",
              "CIS Azure 2.0 3.1",
              "CIS Azure 2.0 3.15",
              "CIS Azure 2.0 9.2",
              "CIS Azure 2.0 9.3")
          .peerChecks(
              "PSRule for Azure Azure.Storage.SecureTransfer",
              "PSRule for Azure Azure.Storage.MinTLS",
              "PSRule for Azure Azure.AppService.UseHTTPS",
              "PSRule for Azure Azure.AppService.MinTLS",
              "PSRule for Azure Azure.SQL.MinTLS",
              "PSRule for Azure Azure.Redis.NonSslPort",
              "PSRule for Azure Azure.Redis.MinTLS",
              "Prowler storage_secure_transfer_required_is_enabled",
              "Prowler storage_ensure_minimum_tls_version_12",
              "Prowler app_minimum_tls_version_12",
              "Prowler sqlserver_recommended_minimal_tls_version")
          .checklistItems(ChecklistRow.ENCRYPTION.text())
          .reads(
              STORAGE_ACCOUNTS,
              WEB_SITES,
              WEB_SITE_CONFIG,
              WEB_SITE_SLOTS,
              WEB_SITE_SLOT_CONFIG,
              SQL_SERVERS,
              REDIS)
          .reportsOnEach(STORAGE_ACCOUNTS, WEB_SITES, WEB_SITE_SLOTS, SQL_SERVERS, REDIS)
          .build();

  /**
   * Azure Storage refuses TLS 1.0 and 1.1 on its public endpoints since 3 February 2026, whatever
   * an account's minimumTlsVersion says
   * (https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version).
   */
  private static final PlatformFloor STORAGE_FLOOR =
      new PlatformFloor("1.2", "Azure Storage has refused TLS 1.0 and 1.1 since 3 February 2026");

  /**
   * Azure Cache for Redis no longer supports TLS 1.0 and 1.1 since 1 November 2024, and new caches
   * cannot set a minimum TLS version at all
   * (https://learn.microsoft.com/azure/azure-cache-for-redis/cache-tls-configuration).
   */
  private static final PlatformFloor REDIS_FLOOR =
      new PlatformFloor(
          "1.2", "Azure Cache for Redis has refused TLS 1.0 and 1.1 since 1 November 2024");

  /**
   * Storage accounts: StorageAccountUpdateParameters carry supportsHttpsTrafficOnly and
   * minimumTlsVersion (azure-rest-api-specs
   * specification/storage/resource-manager/Microsoft.Storage/stable/2023-05-01/storage.json).
   */
  private static final String STORAGE_API = "2023-05-01";

  /** Sites, slots and config/web: PATCH operations of WebApps.json, 2023-12-01 (above). */
  private static final String WEB_API = "2023-12-01";

  /**
   * SQL servers: Servers_Update (PATCH) takes ServerUpdate with minimalTlsVersion
   * (azure-rest-api-specs
   * specification/sql/resource-manager/Microsoft.Sql/stable/2021-11-01/Servers.json).
   */
  private static final String SQL_API = "2021-11-01";

  /**
   * Redis caches: Redis_Update (PATCH) takes RedisUpdateProperties with enableNonSslPort and
   * minimumTlsVersion (azure-rest-api-specs
   * specification/redis/resource-manager/Microsoft.Cache/stable/2024-03-01/redis.json).
   */
  private static final String REDIS_API = "2024-03-01";

  /** The lowest TLS version a service accepts whatever its setting says, and since when. */
  private record PlatformFloor(String version, String fact) {}

  /** The rule with the minimum TLS version of {@code options}. */
  public EncryptionInTransit(ChecklistOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    String minimum = options().minimumTlsVersion();
    for (Resource account : context.resources(STORAGE_ACCOUNTS)) {
      Verdict verdict =
          context
              .verdict(account, "Storage account '" + account.name() + "'")
              .dependsOn(STORAGE_ACCOUNTS);
      Map<String, Object> patch = new LinkedHashMap<>();
      Json https = account.properties().get("supportsHttpsTrafficOnly");
      verdict.check(
          https.isTrue(),
          "secure transfer is required",
          "plain HTTP is allowed (supportsHttpsTrafficOnly is not true)",
          Evidence.of(https, "true"));
      if (!https.isTrue()) {
        patch.put("supportsHttpsTrafficOnly", true);
      }
      if (!minimumTls(verdict, account.properties().get("minimumTlsVersion"), STORAGE_FLOOR)) {
        // Storage spells versions TLS1_2 (MinimumTlsVersion in storage.json).
        patch.put("minimumTlsVersion", "TLS" + minimum.replace('.', '_'));
      }
      verdict.fix(patchFix(account, STORAGE_ACCOUNTS, STORAGE_API, patch)).report();
    }
    for (Resource site : context.resources(WEB_SITES)) {
      webApp(context, site, WEB_SITES, WEB_SITE_CONFIG, "App Service '" + site.name() + "'");
    }
    for (Resource slot : context.resources(WEB_SITE_SLOTS)) {
      webApp(
          context,
          slot,
          WEB_SITE_SLOTS,
          WEB_SITE_SLOT_CONFIG,
          "Deployment slot '"
              + slot.name()
              + "' of App Service '"
              + slot.id().parent().name()
              + "'");
    }
    for (Resource server : context.resources(SQL_SERVERS)) {
      Verdict verdict =
          context.verdict(server, "SQL server '" + server.name() + "'").dependsOn(SQL_SERVERS);
      Map<String, Object> patch = new LinkedHashMap<>();
      if (!minimumTls(verdict, server.properties().get("minimalTlsVersion"))) {
        patch.put("minimalTlsVersion", minimum);
      }
      verdict.fix(patchFix(server, SQL_SERVERS, SQL_API, patch)).report();
    }
    for (Resource cache : context.resources(REDIS)) {
      Verdict verdict =
          context.verdict(cache, "Redis cache '" + cache.name() + "'").dependsOn(REDIS);
      Map<String, Object> patch = new LinkedHashMap<>();
      Json nonTls = cache.properties().get("enableNonSslPort");
      verdict.check(
          !nonTls.isTrue(),
          "the non-TLS port is off",
          "the non-TLS port 6379 is open",
          Evidence.of(nonTls, "false"));
      if (nonTls.isTrue()) {
        patch.put("enableNonSslPort", false);
      }
      if (!minimumTls(verdict, cache.properties().get("minimumTlsVersion"), REDIS_FLOOR)) {
        patch.put("minimumTlsVersion", minimum);
      }
      verdict.fix(patchFix(cache, REDIS, REDIS_API, patch)).report();
    }
  }

  /**
   * HTTPS only and the minimum TLS version of an App Service or one of its deployment slots: a slot
   * is a site of its own that serves code and traffic, with its own {@code httpsOnly} and its own
   * {@code config/web} (WebApps_GetSlot and WebApps_GetConfigurationSlot in azure-rest-api-specs
   * specification/web/resource-manager/Microsoft.Web/stable/2023-12-01/WebApps.json). The fix
   * PATCHes each of them, the site (WebApps_Update, WebApps_UpdateSlot) and its config/web
   * (WebApps_UpdateConfiguration, WebApps_UpdateConfigurationSlot), with what fails.
   */
  private void webApp(
      RuleContext context,
      Resource site,
      ResourceType siteType,
      ResourceType configType,
      String subject) {
    Verdict verdict = context.verdict(site, subject).dependsOn(siteType, configType);
    Json https = site.properties().get("httpsOnly");
    verdict.check(
        https.isTrue(),
        "HTTPS only is on",
        "plain HTTP is served (httpsOnly is not true)",
        Evidence.of(https, "true"));
    List<Change> changes = new ArrayList<>();
    if (!https.isTrue()) {
      changes.addAll(patchFix(site, siteType, WEB_API, Map.of("httpsOnly", true)).changes());
    }
    List<Resource> config = context.snapshot().children(site, configType);
    if (config.isEmpty()) {
      verdict.unknown("its site configuration (config/web) is not in the snapshot");
    } else if (!minimumTls(verdict, config.get(0).properties().get("minTlsVersion"))) {
      changes.addAll(
          patchFix(
                  config.get(0),
                  configType,
                  WEB_API,
                  Map.of("minTlsVersion", options().minimumTlsVersion()))
              .changes());
    }
    verdict.fix(Fix.of(changes)).report();
  }

  /**
   * A PATCH of {@code resource}'s {@code properties} with what fails, or none when nothing does.
   */
  private static Fix patchFix(
      Resource resource, ResourceType type, String apiVersion, Map<String, Object> properties) {
    if (properties.isEmpty()) {
      return Fix.NONE;
    }
    return Fix.of(
        ArmChange.patch(
            resource.id().toString(),
            type.toString(),
            apiVersion,
            Map.of("properties", properties),
            "Set "
                + Texts.joinClauses(
                    properties.entrySet().stream()
                        .map(e -> e.getKey() + " to " + e.getValue())
                        .toList())
                + " on "
                + resource.id().name()
                + "."));
  }

  /**
   * The minimum TLS version of a service whose platform refuses versions below {@code floor}: a
   * setting below the floor, or none, leaves the floor as the lowest version accepted, and the
   * finding says what is configured rather than claiming that older TLS is accepted.
   */
  private boolean minimumTls(Verdict verdict, Json version, PlatformFloor floor) {
    if (TlsVersions.atLeast(version, floor.version())) {
      return minimumTls(verdict, version);
    }
    String minimum = options().minimumTlsVersion();
    String setting =
        version.isMissingOrNull()
            ? "no minimum TLS version is set"
            : "its minimum TLS version is set to " + version.textOr(version.toString());
    boolean enough = TlsVersions.atLeast(Double.parseDouble(floor.version()), minimum);
    verdict.check(
        enough,
        setting
            + ", but "
            + floor.fact()
            + ", so TLS "
            + floor.version()
            + " is the lowest it accepts",
        setting
            + " and "
            + floor.fact()
            + ", so it still accepts TLS "
            + floor.version()
            + ", below "
            + minimum,
        Evidence.of(version, "TLS " + minimum + " or later"));
    return enough;
  }

  /** Checks the minimum TLS version; true when it is enough. */
  private boolean minimumTls(Verdict verdict, Json version) {
    String minimum = options().minimumTlsVersion();
    boolean enough = TlsVersions.atLeast(version, minimum);
    verdict.check(
        enough,
        "the minimum TLS version is " + version.textOr(minimum),
        TlsVersions.parse(version).isEmpty()
            ? "no minimum TLS version is set (" + version + "), so older TLS is accepted"
            : "the minimum TLS version " + version.textOr("") + " is below " + minimum,
        Evidence.of(version, "TLS " + minimum + " or later"));
    return enough;
  }
}
