package dev.readiness.rules.checklist;

import dev.readiness.api.Category;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rows of the source forensic readiness checklist, each with its area, spelled once. Rules name
 * the rows they check through {@link #text()}; the checklist document and the completeness test
 * derive from this list.
 */
public enum ChecklistRow {
  MFA_FOR_ALL_USERS(Category.IDENTITY_AND_ACCESS, "MFA for all users", false),
  ACCESS_REVIEWS(
      Category.IDENTITY_AND_ACCESS, "access reviews and role-assignment monitoring", false),
  RBAC_LEAST_PRIVILEGE(Category.IDENTITY_AND_ACCESS, "RBAC least privilege", false),
  PIM(Category.IDENTITY_AND_ACCESS, "PIM for privileged roles, approval for high privilege", false),
  ENTRA_LOGS_EXPORTED(Category.IDENTITY_AND_ACCESS, "Entra sign-in and audit logs exported", false),
  CONDITIONAL_ACCESS(Category.IDENTITY_AND_ACCESS, "conditional access", false),
  ACTIVITY_LOG_EXPORTED(
      Category.LOGGING_AND_MONITORING, "Azure Monitor (Activity Log exported)", false),
  DEFENDER_PLANS(Category.LOGGING_AND_MONITORING, "Defender for Cloud plans", false),
  DIAGNOSTIC_LOGGING(
      Category.LOGGING_AND_MONITORING,
      "diagnostic logging for VMs and other critical resources",
      false),
  LOGS_CENTRALIZED(Category.LOGGING_AND_MONITORING, "logs centralized in Log Analytics", false),
  AUDIT_LOG_RETENTION(Category.LOGGING_AND_MONITORING, "audit log retention ≥ 365 days", false),
  THREAT_DETECTION(
      Category.LOGGING_AND_MONITORING, "threat detection with Defender and Sentinel", false),
  VM_GUEST_OS_LOGS(Category.LOGGING_AND_MONITORING, "VM guest OS logs", true),
  FLOW_LOGS(Category.LOGGING_AND_MONITORING, "NSG/VNet flow logs", true),
  STORAGE_DATA_PLANE_LOGS(Category.LOGGING_AND_MONITORING, "storage data-plane logs", true),
  ENCRYPTION(Category.DATA_PROTECTION, "encryption at rest and in transit", false),
  KEY_VAULT(Category.DATA_PROTECTION, "Key Vault for keys and secrets", false),
  KEY_ROTATION(Category.DATA_PROTECTION, "key rotation", false),
  IMMUTABLE_BACKUPS(Category.DATA_PROTECTION, "immutable backups", false),
  FILE_INTEGRITY_MONITORING(Category.DATA_PROTECTION, "file integrity monitoring", false),
  VM_RESTORE_POINTS_OR_BACKUPS(Category.DATA_PROTECTION, "restore points or backups for VMs", true),
  NSGS(Category.NETWORK_SECURITY, "NSGs", false),
  DDOS_PROTECTION(Category.NETWORK_SECURITY, "DDoS protection", false),
  PRIVATE_CONNECTIVITY(
      Category.NETWORK_SECURITY, "VPN / ExpressRoute for private connectivity", false),
  ALERTS(Category.INCIDENT_RESPONSE, "alerts for suspicious activity", false),
  AUTOMATED_RESPONSE(Category.INCIDENT_RESPONSE, "automated response", false),
  THREAT_INTELLIGENCE(Category.INCIDENT_RESPONSE, "threat intelligence in Sentinel", false),
  KQL_HUNTING(Category.INCIDENT_RESPONSE, "KQL hunting", false),
  INCIDENT_RESPONSE_PLAN(Category.INCIDENT_RESPONSE, "an incident response plan", false),
  FORENSIC_READINESS_POLICY(Category.POLICIES_AND_PROCESSES, "a forensic readiness policy", false),
  ADMINISTRATOR_TRAINING(Category.POLICIES_AND_PROCESSES, "administrator training", false);

  private final Category area;
  private final String text;
  private final boolean fromCaseStudy;

  ChecklistRow(Category area, String text, boolean fromCaseStudy) {
    this.area = area;
    this.text = text;
    this.fromCaseStudy = fromCaseStudy;
  }

  /** The checklist area the row belongs to. */
  public Category area() {
    return area;
  }

  /** The row as the checklist words it; rules name it in their metadata's checklist items. */
  public String text() {
    return text;
  }

  /** True for the rows the case study added (the gaps that stalled its investigation). */
  public boolean fromCaseStudy() {
    return fromCaseStudy;
  }

  /** The row worded {@code text}, ignoring case. */
  public static Optional<ChecklistRow> byText(String text) {
    return Arrays.stream(values()).filter(row -> row.text.equalsIgnoreCase(text)).findFirst();
  }

  /** The rows of {@code area}, in checklist order. */
  public static List<ChecklistRow> of(Category area) {
    return Arrays.stream(values()).filter(row -> row.area == area).toList();
  }
}
