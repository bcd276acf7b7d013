package org.utilityportal.billing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.utilityportal.customer.MeteredAccount;
import org.utilityportal.customer.MeteredAccounts;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.PeriodReadings;
import org.utilityportal.metering.Reading;
import org.utilityportal.shared.domain.BillingCycle;

/**
 * What a billing run reads its accounts with, a page at a time, each part from the module
 * that owns it: the open metered accounts due (customer, one statement on the primary
 * key), billing's own state of those not billed for the period yet (one statement), their
 * opening and closing readings (metering, one statement) and, for those with no reading
 * since the opening one, an estimated closing reading (metering, one statement when any)
 * and, for those whose measured reading follows estimated bills, the bills it takes back
 * (billing's chains and metering's readings they start from, two statements when any).
 * Three to six statements a page however many accounts it holds; each is index lookups
 * per account, so the cost grows linearly with the accounts.
 */
@Component
@RequiredArgsConstructor
public class BillingInputs {

	private final MeteredAccounts accounts;

	private final BillingInputQueries queries;

	private final MeterReadings readings;

	private final BillHistory history;

	/**
	 * A page of inputs.
	 *
	 * @param inputs the accounts to bill, in id order (accounts billed already are left
	 * out, so it may be empty before the end)
	 * @param lastId the highest account id the page looked at
	 * @param end whether no account is left after it
	 */
	public record Page(List<BillingInput> inputs, long lastId, boolean end) {
	}

	/** The cycles billed when the billing month is {@code month}. */
	public static List<BillingCycle> cyclesDue(LocalDate month) {
		List<BillingCycle> cycles = new ArrayList<>();
		for (BillingCycle cycle : BillingCycle.values()) {
			if (BillBuilder.isDue(cycle, month)) {
				cycles.add(cycle);
			}
		}
		return cycles;
	}

	/**
	 * Open metered accounts with an id in {@code (afterId, lastId]}, of the cycles given
	 * and opened before {@code periodEnd}, at most {@code limit} looked at, with what
	 * billing them for a period ending on {@code periodEnd} (exclusive) needs.
	 */
	public Page page(long afterId, long lastId, LocalDate periodEnd, List<BillingCycle> cycles, int limit) {
		List<MeteredAccount> page = this.accounts.page(afterId, lastId, cycles, periodEnd, limit);
		if (page.isEmpty()) {
			return new Page(List.of(), lastId, true);
		}
		Map<Long, BillingInputQueries.AccountState> states = this.queries
			.unbilled(page.stream().map(MeteredAccount::id).toList(), periodEnd);
		List<PeriodReadings.Wanted> wanted = new ArrayList<>();
		for (MeteredAccount account : page) {
			BillingInputQueries.AccountState state = states.get(account.id());
			if (state != null) {
				wanted.add(wanted(account, state, periodEnd));
			}
		}
		Map<Long, PeriodReadings> periods = this.readings.forPeriods(wanted);
		Map<Long, Reading> estimates = estimates(periods, periodEnd);
		List<BillingInput> inputs = new ArrayList<>();
		for (MeteredAccount account : page) {
			BillingInputQueries.AccountState state = states.get(account.id());
			if (state != null) {
				PeriodReadings readings = periods.getOrDefault(account.id(), new PeriodReadings(null, null));
				inputs.add(new BillingInput(account.id(), account.customerId(), account.accountNumber(),
						account.utility(), account.tariffCategory(), account.billingCycle(), account.openedOn(),
						state.previous(), readings.opening(), readings.closing(), state.paidSince(),
						state.adjustments(), account.supplyTerms(), state.openingBalance(), state.openingYear(),
						estimates.get(account.id())));
			}
		}
		return new Page(withRebills(inputs), page.getLast().id(), page.size() < limit);
	}

	/**
	 * The inputs with the estimated bills their measured readings take back: two
	 * statements for all of them (billing's chains, metering's readings they start from),
	 * none when no account needs it.
	 */
	private List<BillingInput> withRebills(List<BillingInput> inputs) {
		List<Long> previousBills = inputs.stream()
			.filter(BillingInput::takesBackEstimates)
			.map((input) -> input.previous().billId())
			.toList();
		if (previousBills.isEmpty()) {
			return inputs;
		}
		Map<Long, BillHistory.Rebill> rebills = this.history.rebills(previousBills);
		return inputs.stream().map((input) -> {
			BillHistory.Rebill rebill = input.takesBackEstimates() ? rebills.get(input.previous().billId()) : null;
			return (rebill != null) ? input.withRebill(rebill) : input;
		}).toList();
	}

	/**
	 * The estimated closing readings, for the period's last day, of the accounts whose
	 * period has an opening reading but no reading after it: one metering statement for
	 * all of them, none when no account needs one.
	 */
	private Map<Long, Reading> estimates(Map<Long, PeriodReadings> periods, LocalDate periodEnd) {
		List<Long> unread = new ArrayList<>();
		periods.forEach((accountId, readings) -> {
			Reading opening = readings.opening();
			Reading closing = readings.closing();
			if (opening != null && (closing == null || !closing.readOn().isAfter(opening.readOn()))) {
				unread.add(accountId);
			}
		});
		return unread.isEmpty() ? Map.of() : this.readings.estimates(unread, periodEnd.minusDays(1));
	}

	/**
	 * The readings an account's period runs between: from the previous bill's closing
	 * reading, or for a first bill from the latest reading one cycle before the period's
	 * end (not before the account was opened); to the latest reading up to the period's
	 * end.
	 */
	private static PeriodReadings.Wanted wanted(MeteredAccount account, BillingInputQueries.AccountState state,
			LocalDate periodEnd) {
		if (state.previous() != null) {
			return new PeriodReadings.Wanted(account.id(), state.previousClosingReadingId(), null, periodEnd);
		}
		LocalDate cycleStart = periodEnd.minusMonths(account.billingCycle().months());
		LocalDate openingOnOrBefore = cycleStart.isAfter(account.openedOn()) ? cycleStart : account.openedOn();
		return new PeriodReadings.Wanted(account.id(), null, openingOnOrBefore, periodEnd);
	}

}
