package org.utilityportal.customer.internal;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.shared.domain.Utility;

/**
 * Open accounts by the start of their service address, compared as an address key
 * ({@code portal_address_key}: lower case, no white space). Each query is one range scan
 * of the partial index {@code service_account_address_key_idx} (open accounts, by utility
 * and address key).
 */
@Component
@RequiredArgsConstructor
public class ServiceAddressQueries {

	private final JdbcClient jdbc;

	/** The customers holding an open account of the utility under the address prefix. */
	public List<Long> customersUnder(Utility utility, String addressPrefix) {
		return this.jdbc.sql("""
				select distinct s.customer_id from service_account s
				where s.utility = ? and s.status = 'OPEN' and portal_address_key(s.service_address) like ? escape '\\'
				""").params(utility.name(), likePrefix(addressPrefix)).query(Long.class).list();
	}

	/** How many open accounts of the utility lie under the address prefix. */
	public long openAccountsUnder(Utility utility, String addressPrefix) {
		return this.jdbc.sql("""
				select count(*) from service_account s
				where s.utility = ? and s.status = 'OPEN' and portal_address_key(s.service_address) like ? escape '\\'
				""").params(utility.name(), likePrefix(addressPrefix)).query(Long.class).single();
	}

	private static String likePrefix(String prefix) {
		return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
