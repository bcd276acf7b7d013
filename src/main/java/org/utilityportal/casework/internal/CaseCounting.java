package org.utilityportal.casework.internal;

import org.utilityportal.calendar.WorkingTime;
import org.utilityportal.casework.ClockKind;

/**
 * How each clock of a case counts time: the first reply its own way (every hour by
 * default: "answered within 24 hours" day and night), the resolution, tiers and return
 * visit another (working time on the case's calendar unless the policy counts every
 * hour).
 *
 * @param firstReply how the first reply counts
 * @param others how the other clocks count
 */
public record CaseCounting(WorkingTime firstReply, WorkingTime others) {

	/** How one clock counts. */
	public WorkingTime of(ClockKind kind) {
		return (kind == ClockKind.FIRST_REPLY) ? this.firstReply : this.others;
	}

}
