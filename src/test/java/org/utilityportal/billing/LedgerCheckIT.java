package org.utilityportal.billing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger check the restore script runs ({@code scripts/sql/ledger-check.sql}) holds
 * on everything the portal writes (the demo data and whatever the other tests left), and
 * finds an account whose balance no longer matches its ledger. Whether each kind of entry
 * agrees with its source (bills, payments, reversals, refunds) is LedgerInvariantIT's.
 */
class LedgerCheckIT extends IntegrationTest {

	private static final Path CHECK = Path.of("scripts", "sql", "ledger-check.sql");

	@Test
	void everyAccountsLedgerSumsToItsBalanceAndADriftIsFound() throws IOException {
		String check = Files.readString(CHECK);
		assertThat(this.jdbc.sql("select count(*) from bill").query(Long.class).single()).isPositive();
		assertThat(this.jdbc.sql("select count(*) from payment").query(Long.class).single()).isPositive();
		assertThat(this.jdbc.sql(check).query().listOfRows()).as("accounts whose ledger differs").isEmpty();

		long accountId = this.jdbc.sql("select account_id from account_balance order by account_id limit 1")
			.query(Long.class)
			.single();
		this.jdbc.sql("update account_balance set balance = balance + 0.01 where account_id = ?")
			.param(accountId)
			.update();
		try {
			var drift = this.jdbc.sql(check).query().listOfRows();
			assertThat(drift).hasSize(1);
			assertThat(((Number) drift.get(0).get("account_id")).longValue()).isEqualTo(accountId);
			assertThat((BigDecimal) drift.get(0).get("balance"))
				.isEqualByComparingTo(((BigDecimal) drift.get(0).get("ledger")).add(new BigDecimal("0.01")));
		}
		finally {
			this.jdbc.sql("update account_balance set balance = balance - 0.01 where account_id = ?")
				.param(accountId)
				.update();
		}
	}

}
