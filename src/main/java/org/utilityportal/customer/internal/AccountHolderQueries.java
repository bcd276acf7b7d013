package org.utilityportal.customer.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.customer.AccountHolder;
import org.utilityportal.shared.domain.Utility;

/**
 * Accounts with their holder's name, many at a time: one statement on the primary keys of
 * both tables, however many accounts are asked for.
 */
@Component
@RequiredArgsConstructor
public class AccountHolderQueries {

	private final JdbcClient jdbc;

	/** The accounts of these ids, by id (ids of no account are left out). */
	public Map<Long, AccountHolder> byIds(Collection<Long> accountIds) {
		Map<Long, AccountHolder> holders = new HashMap<>();
		if (accountIds.isEmpty()) {
			return holders;
		}
		this.jdbc.sql("""
				select a.id, a.account_number, a.utility, a.customer_id, c.name
				from service_account a join customer c on c.id = a.customer_id
				where a.id = any (cast(? as bigint[]))
				""")
			.param(accountIds.stream().distinct().toArray(Long[]::new))
			.query((row, index) -> holders.put(row.getLong(1),
					new AccountHolder(row.getLong(1), row.getString(2), Utility.valueOf(row.getString(3)),
							row.getLong(4), row.getString(5))))
			.list();
		return holders;
	}

}
