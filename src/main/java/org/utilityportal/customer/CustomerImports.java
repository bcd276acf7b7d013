package org.utilityportal.customer;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.customer.internal.CustomerImportWriter;
import org.utilityportal.shared.domain.Utility;

/**
 * Customers and accounts brought in from a legacy billing system (the go-live import), in
 * bulk. Customers are matched by identity number and accounts by utility and legacy
 * number, so importing the same rows again adds nothing. The import writes in the
 * caller's transaction: a file is imported whole or not at all. Imported records name the
 * file in {@code created_by}; their history starts with the import.
 */
@Service
@RequiredArgsConstructor
public class CustomerImports {

	private final CustomerImportWriter writer;

	private final Clock clock;

	/** What the portal already holds that rows of a file may meet. */
	public record Existing(Map<String, String> customerNames, Set<String> importedAccounts,
			Map<String, String> meterHolders) {
	}

	/**
	 * For checking a chunk of rows: the names of customers already holding these identity
	 * numbers, the account keys ({@link ImportedCustomer#key}) already imported, and the
	 * open accounts holding these meters ({@code utility/meter} to the account key that
	 * holds it, or "" for an account opened at the counter).
	 */
	@Transactional(readOnly = true)
	public Existing existing(Collection<String> idNumbers, Collection<String> accountKeys,
			Collection<String> meterKeys) {
		return new Existing(this.writer.customerNames(idNumbers), this.writer.importedAccounts(accountKeys),
				this.writer.meterHolders(meterKeys));
	}

	/**
	 * Adds the customers and accounts not there yet.
	 * @return how many of each were added, and the id of every account of the rows by
	 * account key
	 */
	@Transactional
	public Result importAll(List<ImportedCustomer> rows, String by) {
		return this.writer.write(rows, by, this.clock.instant());
	}

	/**
	 * What an import added.
	 *
	 * @param customersAdded new customers
	 * @param accountsAdded new accounts
	 * @param accountIds the account id of every row's account (new or earlier), by key
	 */
	public record Result(long customersAdded, long accountsAdded, Map<String, Long> accountIds) {
	}

	/** The key of a meter: utility and meter number. */
	public static String meterKey(Utility utility, String meterNumber) {
		return utility.name() + "/" + meterNumber;
	}

}
