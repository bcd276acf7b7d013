package org.utilityportal.customer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.customer.MeteredAccount;
import org.utilityportal.customer.MeteredAccounts;
import org.utilityportal.shared.domain.BasicChargeBasis;
import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;

/**
 * Open metered accounts read many at a time, in id order: one range of the primary key
 * per statement, so a page costs the same wherever it starts.
 */
@Component
@RequiredArgsConstructor
public class MeteredAccountQueries {

	private final JdbcClient jdbc;

	/**
	 * Open metered accounts with an id in {@code (afterId, lastId]}, of the given cycles
	 * (any when empty) and opened before {@code openedBefore} (any when {@code null}), at
	 * most {@code limit}, in id order.
	 */
	public List<MeteredAccount> page(long afterId, long lastId, String[] cycles, LocalDate openedBefore, int limit) {
		return this.jdbc.sql("""
				select id, customer_id, account_number, utility, tariff_category, billing_cycle, opened_on,
				       time_of_use, contracted_kva, basic_charge_basis, power_factor_standard
				from service_account
				where id > ? and id <= ? and utility <> 'METRO' and status = 'OPEN'
				  and (cardinality(?::varchar[]) = 0 or billing_cycle = any(?::varchar[]))
				  and (cast(? as date) is null or opened_on < ?)
				order by id limit ?
				""")
			.params(afterId, lastId, cycles, cycles, openedBefore, openedBefore, limit)
			.query(MeteredAccountQueries::account)
			.list();
	}

	/**
	 * The lowest and highest id of open metered accounts, or empty when there is none.
	 */
	public Optional<MeteredAccounts.IdRange> idRange() {
		return this.jdbc
			.sql("select min(id), max(id) from service_account where utility <> 'METRO' and status = 'OPEN'")
			.query((row, index) -> (row.getObject(1) == null) ? null
					: new MeteredAccounts.IdRange(row.getLong(1), row.getLong(2)))
			.optional();
	}

	private static MeteredAccount account(ResultSet row, int index) throws SQLException {
		String basis = row.getString("basic_charge_basis");
		return new MeteredAccount(row.getLong("id"), row.getLong("customer_id"), row.getString("account_number"),
				Utility.valueOf(row.getString("utility")), TariffCategory.valueOf(row.getString("tariff_category")),
				BillingCycle.valueOf(row.getString("billing_cycle")), row.getObject("opened_on", LocalDate.class),
				new SupplyTerms(row.getBoolean("time_of_use"), row.getBigDecimal("contracted_kva"),
						(basis != null) ? BasicChargeBasis.valueOf(basis) : null,
						row.getBigDecimal("power_factor_standard")));
	}

}
