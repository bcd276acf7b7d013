package org.utilityportal.billing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.LateCharges;
import org.utilityportal.billing.SkipReason;
import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.tariff.Tariffs;

/**
 * The final bill of one account at closing: the billing run's own steps for one account
 * (its input read as the run reads a page, priced by {@link BillBuilder}, late-payment
 * charges added, written by {@link BillWriter}) for the period from the end of its last
 * bill to the day of its final reading. Its number is the month of that day, the account
 * number and {@code F}.
 */
@Component
public class FinalBillWriter {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

	private final BillWriter bills;

	private final BillingInputs inputs;

	private final Tariffs tariffs;

	private final OverdueBillWriter overdue;

	private final LateCharges lateCharges;

	private final Clock clock;

	private final int dueDays;

	FinalBillWriter(BillWriter bills, BillingInputs inputs, Tariffs tariffs, OverdueBillWriter overdue,
			LateCharges lateCharges, Clock clock, @Value("${portal.billing.due-days:25}") int dueDays) {
		this.bills = bills;
		this.inputs = inputs;
		this.tariffs = tariffs;
		this.overdue = overdue;
		this.lateCharges = lateCharges;
		this.clock = clock;
		this.dueDays = dueDays;
	}

	/**
	 * Issues the final bill of an open account up to today (its final reading taken).
	 * @return the bill's number, or why there is none
	 */
	public Issued issue(long accountId) throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate to = today.plusDays(1);
		this.lateCharges.registerOverdue(today);
		Optional<BillingInput> input = this.inputs.page(accountId - 1, accountId, to, List.of(BillingCycle.values()), 1)
			.inputs()
			.stream()
			.findFirst();
		if (input.isEmpty()) {
			return new Issued(null, SkipReason.NO_READING);
		}
		BillBuilder builder = new BillBuilder(this.tariffs.priceBook(), this.dueDays);
		BillOutcome outcome = builder.build(input.get(), to, MONTH.format(today) + input.get().accountNumber() + "F");
		if (outcome.bill() == null) {
			return new Issued(null, outcome.skip());
		}
		new LateChargeWriter(this.bills.of(null, this.clock.instant()), this.overdue, this.lateCharges.rates(),
				this.clock.getZone())
			.write(Chunk.of(outcome));
		return new Issued(outcome.bill().billNumber(), null);
	}

	/**
	 * A final bill, or why there is none.
	 *
	 * @param billNumber the bill, {@code null} when none
	 * @param skip why none
	 */
	public record Issued(String billNumber, SkipReason skip) {
	}

}
