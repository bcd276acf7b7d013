package org.utilityportal.billing;

import java.time.Instant;
import java.time.LocalDate;

import org.utilityportal.shared.money.Money;

/**
 * A clerk's day-end.
 *
 * @param id the day-end
 * @param clerk the clerk's sign-in name
 * @param day the business date
 * @param closed whether it is closed (else a supervisor reopened it)
 * @param atClose the takings by method when it was last closed
 * @param countedCash the cash the clerk counted
 * @param note the clerk's note
 * @param closedAt when it was last closed
 * @param now the takings as the payments say now (a reversal approved later changes them)
 * @param reopenedBy the supervisor who reopened it last, {@code null} if never
 * @param reopenReason why
 * @param version optimistic-locking version
 */
public record DayEndView(long id, String clerk, LocalDate day, boolean closed, Takings atClose, Money countedCash,
		String note, Instant closedAt, Takings now, String reopenedBy, String reopenReason, long version) {

	/** Counted minus expected cash: negative is a shortfall. */
	public Money difference() {
		return this.countedCash.minus(this.atClose.cash().total());
	}

	/** Whether the takings changed after the day was closed. */
	public boolean changedSinceClose() {
		return !this.now.total().equals(this.atClose.total()) || this.now.count() != this.atClose.count();
	}

}
