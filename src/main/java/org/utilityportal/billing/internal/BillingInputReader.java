package org.utilityportal.billing.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemReader;
import org.utilityportal.shared.domain.BillingCycle;

/**
 * Reads the inputs of one range of accounts for the billing run, a page of
 * {@link BillingInputs} at a time. Keeps no state between runs: a restarted run reads its
 * range again from the start, and the accounts billed before it stopped are left out by
 * the page.
 */
class BillingInputReader implements ItemReader<BillingInput> {

	private final BillingInputs inputs;

	private final LocalDate periodEnd;

	private final List<BillingCycle> cycles;

	private final long lastId;

	private final int pageSize;

	private long afterId;

	private boolean end;

	private Iterator<BillingInput> page = Collections.emptyIterator();

	/**
	 * Reads the accounts due with an id from {@code fromId} to {@code toId}, both
	 * included.
	 */
	BillingInputReader(BillingInputs inputs, LocalDate periodEnd, List<BillingCycle> cycles, long fromId, long toId,
			int pageSize) {
		this.inputs = inputs;
		this.periodEnd = periodEnd;
		this.cycles = cycles;
		this.afterId = fromId - 1;
		this.lastId = toId;
		this.pageSize = pageSize;
	}

	@Override
	public BillingInput read() {
		while (!this.page.hasNext()) {
			if (this.end) {
				return null;
			}
			BillingInputs.Page next = this.inputs.page(this.afterId, this.lastId, this.periodEnd, this.cycles,
					this.pageSize);
			this.page = next.inputs().iterator();
			this.afterId = next.lastId();
			this.end = next.end() || next.lastId() >= this.lastId;
		}
		return this.page.next();
	}

}
