package org.utilityportal.notice;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.utilityportal.customer.ServiceAddresses;
import org.utilityportal.identity.CustomerLogins;
import org.utilityportal.shared.domain.Utility;

/**
 * Whom a notice's areas reach, asked of the modules that know: the customer module finds
 * the open accounts under each area (one indexed query per area), identity the customers'
 * portal accounts (one query for all of them). Metro notices name no areas and reach
 * every card holder through their landing page, so nobody here.
 */
@Component
@RequiredArgsConstructor
class NoticeReach {

	private final ServiceAddresses addresses;

	private final CustomerLogins logins;

	/**
	 * The enabled portal accounts (user ids) of customers with an open account in the
	 * areas.
	 */
	Set<Long> portalUsers(Utility utility, List<NoticeArea> areas) {
		if (utility == Utility.METRO) {
			return Set.of();
		}
		Set<Long> customers = new LinkedHashSet<>();
		for (NoticeArea area : areas) {
			customers.addAll(this.addresses.customersIn(utility, area.addressPrefix()));
		}
		return new LinkedHashSet<>(this.logins.enabledLoginsOf(customers));
	}

	/**
	 * How many open accounts lie in the areas (an account in two overlapping areas counts
	 * twice); {@code -1} for metro, which is not computed.
	 */
	long openAccounts(Utility utility, List<NoticeArea> areas) {
		if (utility == Utility.METRO) {
			return -1;
		}
		return areas.stream().mapToLong((area) -> this.addresses.openAccountsIn(utility, area.addressPrefix())).sum();
	}

}
