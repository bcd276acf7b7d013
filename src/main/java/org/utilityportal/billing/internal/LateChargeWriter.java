package org.utilityportal.billing.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.utilityportal.tariff.ChargeLine;

/**
 * Adds the late-payment charges to the bills of a chunk before they are written: for each
 * account, its registered overdue bills are charged from where they were last charged to
 * the end of the new bill's period, each as its own lines on the new bill
 * ({@link LateChargeCalculator}); then the bills are written and the register's progress
 * with them, in the chunk's transaction.
 */
public class LateChargeWriter implements ItemWriter<BillOutcome> {

	private final ItemWriter<BillOutcome> bills;

	private final OverdueBillWriter overdue;

	private final List<LateChargeCalculator.Rates> rates;

	private final ZoneId zone;

	public LateChargeWriter(ItemWriter<BillOutcome> bills, OverdueBillWriter overdue,
			List<LateChargeCalculator.Rates> rates, ZoneId zone) {
		this.bills = bills;
		this.overdue = overdue;
		this.rates = rates;
		this.zone = zone;
	}

	@Override
	public void write(Chunk<? extends BillOutcome> chunk) throws Exception {
		List<Long> accounts = new ArrayList<>();
		for (BillOutcome outcome : chunk) {
			if (outcome.bill() != null) {
				accounts.add(outcome.accountId());
			}
		}
		Map<Long, List<OverdueBillWriter.Registered>> registered = this.overdue.ofAccounts(accounts, this.zone);
		List<OverdueBillWriter.Progress> progress = new ArrayList<>();
		Chunk<BillOutcome> charged = new Chunk<>();
		for (BillOutcome outcome : chunk) {
			List<OverdueBillWriter.Registered> bills = registered.getOrDefault(outcome.accountId(), List.of());
			if (outcome.bill() == null || bills.isEmpty()) {
				charged.add(outcome);
				continue;
			}
			List<ChargeLine> lines = new ArrayList<>();
			for (OverdueBillWriter.Registered bill : bills) {
				LateChargeCalculator.Result result = LateChargeCalculator.charge(bill.overdue(),
						outcome.bill().periodTo(), this.rates);
				lines.addAll(result.lines());
				progress.add(new OverdueBillWriter.Progress(bill.billId(), result.chargedUntil(), result.settled()));
			}
			charged.add(new BillOutcome(outcome.accountId(), outcome.bill().withMoreLines(lines), null, null));
		}
		this.bills.write(charged);
		this.overdue.charged(progress);
	}

}
