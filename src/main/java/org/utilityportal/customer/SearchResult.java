package org.utilityportal.customer;

import java.util.List;

import org.utilityportal.shared.domain.Utility;

/**
 * What the counter search found.
 *
 * @param query the search text as typed
 * @param kinds how the text was read (mobile, account number, identity tail, name)
 * @param hits the customers found, at most {@link CustomerSearch#LIMIT}
 * @param more whether there were more than the limit (ask for a narrower search)
 */
public record SearchResult(String query, List<SearchKind> kinds, List<Hit> hits, boolean more) {

	/**
	 * One customer found, with masked personal data and their accounts.
	 *
	 * @param customerId the customer
	 * @param name name
	 * @param kind customer kind
	 * @param maskedIdNumber masked identity number
	 * @param maskedMobile masked first mobile number
	 * @param keyAccount key-account flag
	 * @param vulnerable vulnerable-customer flag
	 * @param greenChannel green-channel flag
	 * @param accounts the customer's accounts
	 * @param matchedBy which kind of search found them
	 */
	public record Hit(long customerId, String name, CustomerKind kind, String maskedIdNumber, String maskedMobile,
			boolean keyAccount, boolean vulnerable, boolean greenChannel, List<Account> accounts,
			SearchKind matchedBy) {
	}

	/**
	 * An account in a search hit.
	 *
	 * @param id account id
	 * @param utility which utility
	 * @param accountNumber the number
	 * @param status open or closed
	 */
	public record Account(long id, Utility utility, String accountNumber, AccountStatus status) {
	}

}
