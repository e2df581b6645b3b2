package dev.readiness.rules.checklist;

import static dev.readiness.rules.checklist.OptionTable.APPROVAL_REQUIRED_ROLE_IDS;
import static dev.readiness.rules.checklist.OptionTable.BREAK_GLASS_ACCOUNTS;
import static dev.readiness.rules.checklist.OptionTable.LISTED_ITEMS_LIMIT;
import static dev.readiness.rules.checklist.OptionTable.MAX_SUBSCRIPTION_CONTRIBUTORS;
import static dev.readiness.rules.checklist.OptionTable.MAX_SUBSCRIPTION_OWNERS;
import static dev.readiness.rules.checklist.OptionTable.PRIVILEGED_ROLE_IDS;

import java.util.List;

/**
 * What the identity and access rules read: privileged roles, break-glass accounts and assignment
 * limits. Each component is the {@link OptionTable} row of the same name, checked by it.
 *
 * @param breakGlassAccounts {@link OptionTable#BREAK_GLASS_ACCOUNTS}
 * @param maxSubscriptionOwners {@link OptionTable#MAX_SUBSCRIPTION_OWNERS}
 * @param maxSubscriptionContributors {@link OptionTable#MAX_SUBSCRIPTION_CONTRIBUTORS}
 * @param privilegedRoleIds {@link OptionTable#PRIVILEGED_ROLE_IDS}, lower case
 * @param approvalRequiredRoleIds {@link OptionTable#APPROVAL_REQUIRED_ROLE_IDS}, lower case
 * @param listedItemsLimit {@link OptionTable#LISTED_ITEMS_LIMIT}
 */
public record IdentityOptions(
    List<String> breakGlassAccounts,
    int maxSubscriptionOwners,
    int maxSubscriptionContributors,
    List<String> privilegedRoleIds,
    List<String> approvalRequiredRoleIds,
    int listedItemsLimit) {

  /**
   * Checks every component against its row.
   *
   * @throws InvalidOptionException naming the first option whose value is refused
   */
  public IdentityOptions {
    breakGlassAccounts = BREAK_GLASS_ACCOUNTS.accept(breakGlassAccounts);
    maxSubscriptionOwners = MAX_SUBSCRIPTION_OWNERS.accept(maxSubscriptionOwners);
    maxSubscriptionContributors = MAX_SUBSCRIPTION_CONTRIBUTORS.accept(maxSubscriptionContributors);
    privilegedRoleIds = PRIVILEGED_ROLE_IDS.accept(privilegedRoleIds);
    approvalRequiredRoleIds = APPROVAL_REQUIRED_ROLE_IDS.accept(approvalRequiredRoleIds);
    listedItemsLimit = LISTED_ITEMS_LIMIT.accept(listedItemsLimit);
  }

  /** The identity options of {@code options}. */
  static IdentityOptions of(ChecklistOptions options) {
    return new IdentityOptions(
        options.get(BREAK_GLASS_ACCOUNTS),
        options.get(MAX_SUBSCRIPTION_OWNERS),
        options.get(MAX_SUBSCRIPTION_CONTRIBUTORS),
        options.get(PRIVILEGED_ROLE_IDS),
        options.get(APPROVAL_REQUIRED_ROLE_IDS),
        options.get(LISTED_ITEMS_LIMIT));
  }
}
