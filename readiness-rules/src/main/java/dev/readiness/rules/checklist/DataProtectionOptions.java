package dev.readiness.rules.checklist;

import static dev.readiness.rules.checklist.OptionTable.KEY_ROTATION_DAYS;
import static dev.readiness.rules.checklist.OptionTable.MINIMUM_TLS_VERSION;
import static dev.readiness.rules.checklist.OptionTable.REQUIRE_DISK_CUSTOMER_MANAGED_KEYS_OR_ENCRYPTION_AT_HOST;
import static dev.readiness.rules.checklist.OptionTable.REQUIRE_STORAGE_CUSTOMER_MANAGED_KEYS;
import static dev.readiness.rules.checklist.OptionTable.REQUIRE_STORAGE_INFRASTRUCTURE_ENCRYPTION;
import static dev.readiness.rules.checklist.OptionTable.RESTORE_POINT_MAX_AGE_DAYS;

/**
 * What the data protection rules read: encryption, key rotation and disk evidence. Each component
 * is the {@link OptionTable} row of the same name, checked by it.
 *
 * @param keyRotationDays {@link OptionTable#KEY_ROTATION_DAYS}
 * @param restorePointMaxAgeDays {@link OptionTable#RESTORE_POINT_MAX_AGE_DAYS}
 * @param minimumTlsVersion {@link OptionTable#MINIMUM_TLS_VERSION}
 * @param requireStorageInfrastructureEncryption {@link
 *     OptionTable#REQUIRE_STORAGE_INFRASTRUCTURE_ENCRYPTION}
 * @param requireStorageCustomerManagedKeys {@link
 *     OptionTable#REQUIRE_STORAGE_CUSTOMER_MANAGED_KEYS}
 * @param requireDiskCustomerManagedKeysOrEncryptionAtHost {@link
 *     OptionTable#REQUIRE_DISK_CUSTOMER_MANAGED_KEYS_OR_ENCRYPTION_AT_HOST}
 */
public record DataProtectionOptions(
    int keyRotationDays,
    int restorePointMaxAgeDays,
    String minimumTlsVersion,
    boolean requireStorageInfrastructureEncryption,
    boolean requireStorageCustomerManagedKeys,
    boolean requireDiskCustomerManagedKeysOrEncryptionAtHost) {

  /**
   * Checks every component against its row.
   *
   * @throws InvalidOptionException naming the first option whose value is refused
   */
  public DataProtectionOptions {
    keyRotationDays = KEY_ROTATION_DAYS.accept(keyRotationDays);
    restorePointMaxAgeDays = RESTORE_POINT_MAX_AGE_DAYS.accept(restorePointMaxAgeDays);
    minimumTlsVersion = MINIMUM_TLS_VERSION.accept(minimumTlsVersion);
  }

  /** The data protection options of {@code options}. */
  static DataProtectionOptions of(ChecklistOptions options) {
    return new DataProtectionOptions(
        options.get(KEY_ROTATION_DAYS),
        options.get(RESTORE_POINT_MAX_AGE_DAYS),
        options.get(MINIMUM_TLS_VERSION),
        options.get(REQUIRE_STORAGE_INFRASTRUCTURE_ENCRYPTION),
        options.get(REQUIRE_STORAGE_CUSTOMER_MANAGED_KEYS),
        options.get(REQUIRE_DISK_CUSTOMER_MANAGED_KEYS_OR_ENCRYPTION_AT_HOST));
  }
}
