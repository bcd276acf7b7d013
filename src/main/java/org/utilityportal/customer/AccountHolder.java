package org.utilityportal.customer;

import org.utilityportal.shared.domain.Utility;

/**
 * An account with its holder's name, as lists of many accounts show them (arrears, the
 * dunning notices).
 *
 * @param accountId the account
 * @param accountNumber its number
 * @param utility its utility
 * @param customerId its holder
 * @param customerName the holder's name
 */
public record AccountHolder(long accountId, String accountNumber, Utility utility, long customerId,
		String customerName) {

}
