package org.utilityportal.customer;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.customer.internal.ServiceAddressQueries;
import org.utilityportal.shared.domain.Utility;

/**
 * Who holds an open account in an area. An area is an address prefix written as an
 * address key: lower case and without white space, the way the database function
 * {@code portal_address_key} writes a service address (e.g. {@code 北京市东城区和平里街道}). An
 * account lies in the area when its address key starts with the prefix. Each call is one
 * indexed query, whatever the number of accounts in the area.
 */
@Service
@RequiredArgsConstructor
public class ServiceAddresses {

	private final ServiceAddressQueries queries;

	/**
	 * The customers (ids, each once) holding an open account of the utility in the area.
	 */
	@Transactional(readOnly = true)
	public List<Long> customersIn(Utility utility, String addressPrefix) {
		return this.queries.customersUnder(utility, addressPrefix);
	}

	/** How many open accounts of the utility lie in the area. */
	@Transactional(readOnly = true)
	public long openAccountsIn(Utility utility, String addressPrefix) {
		return this.queries.openAccountsUnder(utility, addressPrefix);
	}

}
