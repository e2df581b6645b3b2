package dev.readiness.testkit.synthetic;

import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.format.SnapshotWriter;
import dev.readiness.testkit.fixtures.DataCollectionRule;
import dev.readiness.testkit.fixtures.FlowLog;
import dev.readiness.testkit.fixtures.KeyVault;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.NetworkSecurityGroup;
import dev.readiness.testkit.fixtures.RecoveryServicesVault;
import dev.readiness.testkit.fixtures.ResourceFixture;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.StorageAccount;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import dev.readiness.testkit.fixtures.VirtualMachine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A generated tenant for tests and benchmarks: seeded (the same settings give an equal snapshot),
 * with a configurable number of subscriptions and resources, a configurable mix of workloads, and a
 * chosen fraction of them misconfigured. Built from the same fixture builders as hand-written
 * tests, so shapes and ids are the ones ARM returns, extension resources included.
 *
 * <pre>{@code
 * Snapshot snapshot = SyntheticTenant.builder()
 *     .seed(42)
 *     .subscriptions(20)
 *     .resourcesPerSubscription(500)
 *     .misconfiguredFraction(0.3)
 *     .build()
 *     .snapshot();
 * }</pre>
 *
 * <p>Every subscription holds a workspace, a data collection rule for Windows security events, a
 * Recovery Services vault, the Activity Log setting and the Defender plans; then workloads drawn by
 * weight until it holds {@code resourcesPerSubscription} resources: virtual machines (with NIC,
 * Azure Monitor Agent, association, backup or restore point), storage accounts (with blob service
 * and data-plane diagnostic setting), key vaults (with keys and audit logs), network security
 * groups (with virtual networks and flow logs) and workspaces. The tenant level holds Graph users
 * with their MFA registration, a conditional access policy, the security defaults policy and the
 * Entra ID diagnostic setting. A misconfigured workload lacks one of the things that make it
 * investigable. Ids are fake, derived from the seed.
 */
// Over 400 lines as one job, generating one seeded tenant: the draw of workloads per subscription
// and its settings' Builder share the seed and the weights, so they stay together.
public final class SyntheticTenant {
  /** The kinds of workload the generator draws from. */
  public enum Workload {
    /** A VM with its network interface, agent, data collection rule association and backup. */
    VIRTUAL_MACHINE,
    /** A storage account with its blob service and data-plane logs. */
    STORAGE_ACCOUNT,
    /** A key vault with a key and audit logs. */
    KEY_VAULT,
    /** A network security group protecting a virtual network, with flow logs. */
    NETWORK_SECURITY_GROUP,
    /** An extra Log Analytics workspace with its retention. */
    LOG_ANALYTICS_WORKSPACE
  }

  private static final String[] DEFENDER_PLANS = {
    "VirtualMachines", "StorageAccounts", "KeyVaults", "SqlServers", "Arm", "CloudPosture"
  };

  private static final String CENTRAL_WORKSPACE = "law-central";

  private final Builder settings;
  private final Snapshot snapshot;

  private SyntheticTenant(Builder settings) {
    this.settings = settings;
    this.snapshot = generate();
  }

  /** Starts a generator with seed 0, 1 subscription of 100 resources, 20% misconfigured. */
  public static Builder builder() {
    return new Builder();
  }

  /** The generated tenant as an immutable snapshot; every type in it is COLLECTED. */
  public Snapshot snapshot() {
    return snapshot;
  }

  /**
   * Writes the snapshot to {@code file} in snapshot format v1, for benchmarks and command-line
   * runs.
   *
   * @throws java.io.UncheckedIOException when the file cannot be written
   */
  public void writeTo(Path file) {
    SnapshotWriter.write(snapshot, file);
  }

  private Snapshot generate() {
    Random random = new Random(settings.seed);
    String tenantId = String.format("00000000-0000-%04x-0000-000000000000", seedBits());
    List<String> subscriptionIds = new ArrayList<>();
    for (int s = 1; s <= settings.subscriptions; s++) {
      subscriptionIds.add(subscriptionId(s));
    }
    Snapshot.Builder all =
        Snapshot.builder(SnapshotMetadata.of(tenantId, subscriptionIds, settings.capturedAt));
    Set<ResourceType> types = new TreeSet<>();
    types.add(ResourceType.of("microsoft.aadiam/diagnosticSettings"));
    // Each part is a fixture tenant of its own, turned into resources and dropped at once, so a
    // large tenant is held in memory once rather than twice (builders and resources).
    Tenant tenantLevel = Tenant.withId(tenantId).capturedAt(settings.capturedAt);
    generateTenantLevel(tenantLevel, random);
    absorb(tenantLevel, all, types);
    for (int s = 1; s <= settings.subscriptions; s++) {
      Tenant part = Tenant.withId(tenantId).capturedAt(settings.capturedAt);
      Subscription subscription = part.subscription("synthetic-" + s, subscriptionId(s));
      new SubscriptionGenerator(part, subscription, random).generate();
      absorb(part, all, types);
    }
    return all.collected(ResourceId.TENANT, types).build();
  }

  private static void absorb(Tenant part, Snapshot.Builder all, Set<ResourceType> types) {
    for (ResourceFixture<?> fixture : part.resources()) {
      Resource resource = fixture.toResource();
      all.add(resource);
      types.add(resource.type());
    }
  }

  private void generateTenantLevel(Tenant generated, Random random) {
    for (int u = 1; u <= settings.users; u++) {
      String objectId = String.format("00000000-0000-0000-00aa-%012x", u);
      String upn = "user" + u + "@contoso.example";
      generated
          .graphObject("users", objectId)
          .property("/properties/userPrincipalName", upn)
          .property("/properties/userType", "Member")
          .property("/properties/accountEnabled", true);
      generated
          .graphObject("userRegistrationDetails", objectId)
          .property("/properties/userPrincipalName", upn)
          .property("/properties/userType", "member")
          .property("/properties/isAdmin", u == 1)
          .property("/properties/isMfaRegistered", !misconfigured(random))
          .property("/properties/methodsRegistered", List.of("microsoftAuthenticatorPush"));
    }
    generated
        .graphObject("conditionalAccessPolicies", "00000000-0000-0000-00ca-000000000001")
        .property("/properties/displayName", "Require MFA for all users")
        .property("/properties/state", misconfigured(random) ? "disabled" : "enabled")
        .property("/properties/conditions/users/includeUsers", List.of("All"))
        .property("/properties/conditions/applications/includeApplications", List.of("All"))
        .property("/properties/grantControls/operator", "OR")
        .property("/properties/grantControls/builtInControls", List.of("mfa"));
    generated
        .graphObject(
            "identitySecurityDefaultsEnforcementPolicy", "00000000-0000-0000-00ca-000000000002")
        .property("/properties/displayName", "Security Defaults")
        .property("/properties/isEnabled", false);
    if (!misconfigured(random)) {
      generated
          .entraDiagnosticSetting("entra-to-law")
          .category("AuditLogs", "SignInLogs", "NonInteractiveUserSignInLogs")
          .toWorkspace(
              "/subscriptions/"
                  + subscriptionId(1)
                  + "/resourceGroups/rg-log/providers/Microsoft.OperationalInsights/workspaces/"
                  + CENTRAL_WORKSPACE);
    }
  }

  /** The low 16 bits of the seed, which mark every id of this tenant. */
  private long seedBits() {
    return settings.seed & 0xffff;
  }

  private String subscriptionId(int number) {
    return String.format("00000000-0000-%04x-0001-%012x", seedBits(), number);
  }

  private boolean misconfigured(Random random) {
    return random.nextDouble() < settings.misconfiguredFraction;
  }

  /** Fills one subscription; holds the shared resources its workloads point at. */
  private final class SubscriptionGenerator {
    private final Tenant generated;
    private final Subscription subscription;
    private final Random random;
    private final LogAnalyticsWorkspace workspace;
    private final DataCollectionRule securityEvents;
    private final RecoveryServicesVault vault;
    private final int totalWeight;
    private int counter;

    SubscriptionGenerator(Tenant generated, Subscription subscription, Random random) {
      this.generated = generated;
      this.subscription = subscription;
      this.random = random;
      ResourceGroup log = subscription.resourceGroup("rg-log");
      workspace =
          log.logAnalyticsWorkspace(CENTRAL_WORKSPACE).retentionDays(misconfigured() ? 30 : 365);
      securityEvents =
          log.dataCollectionRule("dcr-security-events")
              .collectsWindowsSecurityEvents()
              .collectsSyslog("auth", "authpriv")
              .sendsTo(workspace);
      vault =
          subscription
              .resourceGroup("rg-bcdr")
              .recoveryServicesVault("rsv-central")
              .immutability(misconfigured() ? "Disabled" : "Locked");
      totalWeight = settings.weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    void generate() {
      var activity =
          subscription.activityLogDiagnosticSetting("activity-to-law").toWorkspace(workspace);
      if (misconfigured()) {
        activity.category("Administrative");
      } else {
        activity.category("Administrative", "Security", "Alert", "Policy");
      }
      for (String plan : DEFENDER_PLANS) {
        var pricing = subscription.defenderPlan(plan);
        if (!misconfigured()) {
          pricing.standard(plan.equals("VirtualMachines") ? "P2" : null);
        }
      }
      int start = generated.size();
      while (generated.size() - start < settings.resourcesPerSubscription) {
        ResourceGroup group = subscription.resourceGroup("rg-app-" + (counter / 100 + 1));
        counter++;
        switch (draw()) {
          case VIRTUAL_MACHINE -> virtualMachine(group);
          case STORAGE_ACCOUNT -> storageAccount(group);
          case KEY_VAULT -> keyVault(group);
          case NETWORK_SECURITY_GROUP -> networkSecurityGroup(group);
          case LOG_ANALYTICS_WORKSPACE ->
              group.logAnalyticsWorkspace(name("law")).retentionDays(misconfigured() ? 30 : 730);
        }
      }
    }

    private Workload draw() {
      int ticket = random.nextInt(totalWeight);
      for (Map.Entry<Workload, Integer> entry : settings.weights.entrySet()) {
        ticket -= entry.getValue();
        if (ticket < 0) {
          return entry.getKey();
        }
      }
      throw new IllegalStateException("weights changed during generation");
    }

    private String name(String prefix) {
      return prefix + "-" + String.format("%05d", counter);
    }

    private boolean misconfigured() {
      return SyntheticTenant.this.misconfigured(random);
    }

    private void virtualMachine(ResourceGroup group) {
      VirtualMachine vm = group.virtualMachine(name("vm"));
      if (random.nextBoolean()) {
        vm.linux();
      }
      if (misconfigured()) {
        // The story's THA-VM: no guest logs, or an agent without a rule, and no disk evidence.
        if (random.nextBoolean()) {
          vm.withAzureMonitorAgent();
        }
        return;
      }
      vm.withAzureMonitorAgent().associatedWith(securityEvents);
      if (random.nextBoolean()) {
        vm.backedUpIn(vault);
      } else {
        vm.withRestorePoint("rp-1", settings.capturedAt.minusSeconds(86_400));
      }
    }

    private void storageAccount(ResourceGroup group) {
      StorageAccount account = group.storageAccount("st" + name("data").replace("-", ""));
      if (misconfigured()) {
        if (random.nextBoolean()) {
          account.minimumTlsVersion("TLS1_0").publicBlobAccess();
        }
        return;
      }
      account.blobService().diagnosticSetting("blob-to-law").allLogs().toWorkspace(workspace);
    }

    private void keyVault(ResourceGroup group) {
      KeyVault vault = group.keyVault(name("kv"));
      vault.key("key-1", settings.capturedAt.plusSeconds(180L * 86_400));
      if (misconfigured()) {
        return;
      }
      vault
          .purgeProtection()
          .diagnosticSetting("kv-to-law")
          .audit()
          .allMetrics()
          .toWorkspace(workspace);
    }

    private void networkSecurityGroup(ResourceGroup group) {
      NetworkSecurityGroup nsg = group.networkSecurityGroup(name("nsg"));
      var network = group.virtualNetwork(name("vnet")).subnet("snet-app", nsg);
      if (misconfigured()) {
        nsg.allowsInbound("allow-rdp-any", "3389", "*");
        return;
      }
      nsg.allowsInbound("allow-https", "443", "Internet");
      // Tenants still carry NSG flow logs next to the VNet flow logs that replace them.
      FlowLog flowLog =
          random.nextInt(4) == 0
              ? nsg.flowLog("fl-" + nsg.name())
              : network.flowLog("fl-" + network.name());
      flowLog.trafficAnalytics(workspace).retentionDays(365);
    }
  }

  /** Settings of a synthetic tenant; {@link #build()} generates it. */
  public static final class Builder {
    private long seed;
    private int subscriptions = 1;
    private int resourcesPerSubscription = 100;
    private double misconfiguredFraction = 0.2;
    private int users = 20;
    private Instant capturedAt = Tenant.DEFAULT_CAPTURED_AT;
    private final Map<Workload, Integer> weights = new EnumMap<>(Workload.class);

    private Builder() {
      weights.put(Workload.VIRTUAL_MACHINE, 4);
      weights.put(Workload.STORAGE_ACCOUNT, 3);
      weights.put(Workload.KEY_VAULT, 1);
      weights.put(Workload.NETWORK_SECURITY_GROUP, 2);
      weights.put(Workload.LOG_ANALYTICS_WORKSPACE, 0);
    }

    /** The seed; the same settings and seed give an equal snapshot. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** How many subscriptions; at least 1. */
    public Builder subscriptions(int count) {
      this.subscriptions = atLeast(1, count, "subscriptions");
      return this;
    }

    /**
     * How many resources each subscription holds at least (extension and child resources count);
     * the last workload may overshoot by a few.
     */
    public Builder resourcesPerSubscription(int count) {
      this.resourcesPerSubscription = atLeast(0, count, "resourcesPerSubscription");
      return this;
    }

    /** The share of workloads, settings and users that lack something, from 0 to 1. */
    public Builder misconfiguredFraction(double fraction) {
      if (!(fraction >= 0 && fraction <= 1)) {
        throw new IllegalArgumentException(
            "'misconfiguredFraction' must be between 0 and 1, not " + fraction + ".");
      }
      this.misconfiguredFraction = fraction;
      return this;
    }

    /** How many Graph users the tenant has; default 20. */
    public Builder users(int count) {
      this.users = atLeast(0, count, "users");
      return this;
    }

    /**
     * How often {@code workload} is drawn relative to the others (defaults: VMs 4, storage 3,
     * network security groups 2, key vaults 1, extra workspaces 0); 0 leaves it out.
     */
    public Builder weight(Workload workload, int weight) {
      weights.put(
          Objects.requireNonNull(workload, "'workload' cannot be null."),
          atLeast(0, weight, "weight"));
      return this;
    }

    /** The capture time; default {@link Tenant#DEFAULT_CAPTURED_AT}. */
    public Builder capturedAt(Instant instant) {
      this.capturedAt = Objects.requireNonNull(instant, "'instant' cannot be null.");
      return this;
    }

    /**
     * Generates the tenant.
     *
     * @throws IllegalArgumentException when every workload weight is 0 but resources are wanted
     */
    public SyntheticTenant build() {
      if (resourcesPerSubscription > 0
          && weights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
        throw new IllegalArgumentException("At least one workload needs a weight above 0.");
      }
      return new SyntheticTenant(this);
    }

    private static int atLeast(int minimum, int value, String name) {
      if (value < minimum) {
        throw new IllegalArgumentException(
            "'" + name + "' must be at least " + minimum + ", not " + value + ".");
      }
      return value;
    }
  }
}
