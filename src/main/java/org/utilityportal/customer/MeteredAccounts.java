package org.utilityportal.customer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.customer.internal.MeteredAccountQueries;
import org.utilityportal.shared.domain.BillingCycle;

/**
 * Open metered accounts (electricity, water, gas) read in bulk, for the billing run and
 * the reading generator: pages in id order, one statement each on the primary key. Joins
 * the caller's transaction.
 */
@Service
@RequiredArgsConstructor
public class MeteredAccounts {

	private final MeteredAccountQueries queries;

	/**
	 * Open metered accounts with an id in {@code (afterId, lastId]}, in id order, at most
	 * {@code limit}.
	 * @param cycles only accounts billed in one of these cycles; any when empty
	 * @param openedBefore only accounts opened before this day; any when {@code null}
	 */
	@Transactional(readOnly = true)
	public List<MeteredAccount> page(long afterId, long lastId, Collection<BillingCycle> cycles, LocalDate openedBefore,
			int limit) {
		return this.queries.page(afterId, lastId, cycles.stream().map(BillingCycle::name).toArray(String[]::new),
				openedBefore, limit);
	}

	/** The lowest and highest id of open metered accounts; empty when there is none. */
	@Transactional(readOnly = true)
	public Optional<IdRange> idRange() {
		return this.queries.idRange();
	}

	/**
	 * Account ids from {@code low} to {@code high}, both included.
	 *
	 * @param low the lowest
	 * @param high the highest
	 */
	public record IdRange(long low, long high) {
	}

}
