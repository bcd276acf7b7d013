package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.billing.internal.OpeningYearConsumptionWriter;

/**
 * The consumption of the current allowance year that the legacy system had counted when
 * the portal took over (the go-live import). An account's first bill starts its annual
 * step allowance from it when the bill's period starts in the same calendar year as
 * {@code countedUntil} (and not on 1 January); in any later year it counts for nothing.
 * Later bills continue from the year's total the first bill recorded. An account has at
 * most one: recording it again does nothing.
 */
@Service
@RequiredArgsConstructor
public class OpeningYearConsumptions {

	private final OpeningYearConsumptionWriter writer;

	private final Clock clock;

	/**
	 * One year-to-date consumption to record.
	 *
	 * @param accountId the account
	 * @param quantity the year's consumption up to {@code countedUntil} (≥ 0, ≤ 3
	 * decimals)
	 * @param countedUntil the last day it counts
	 */
	public record Entry(long accountId, BigDecimal quantity, LocalDate countedUntil) {
	}

	/**
	 * Records them in one go (in the caller's transaction: a file is imported whole or
	 * not at all); accounts that already have one are left as they are.
	 * @return how many were recorded
	 */
	@Transactional
	public int recordAll(Collection<Entry> entries, String by) {
		if (entries.isEmpty()) {
			return 0;
		}
		return this.writer.recordAll(List.copyOf(entries), by, this.clock.instant());
	}

	/** The year-to-date consumption imported for an account, if any. */
	@Transactional(readOnly = true)
	public Optional<OpeningYearConsumption> of(long accountId) {
		return this.writer.of(accountId);
	}

}
