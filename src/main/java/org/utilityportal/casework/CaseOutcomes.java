package org.utilityportal.casework;

/**
 * A group of cases counted by how they went: done (resolved or closed) or open, and late
 * (a first reply or resolution missed its deadline) or in time.
 *
 * @param doneInTime resolved or closed, no deadline missed
 * @param doneLate resolved or closed, a deadline missed
 * @param openInTime not resolved yet, no deadline missed yet
 * @param openLate not resolved yet, a deadline missed
 */
public record CaseOutcomes(long doneInTime, long doneLate, long openInTime, long openLate) {

	/** No cases. */
	public static final CaseOutcomes NONE = new CaseOutcomes(0, 0, 0, 0);

	/** How many cases were counted. */
	public long cases() {
		return this.doneInTime + this.doneLate + this.openInTime + this.openLate;
	}

}
