package org.utilityportal.calendar;

import java.time.LocalTime;

/**
 * Working hours within one day, {@code [starts, ends)}.
 *
 * @param starts first minute
 * @param ends end, exclusive; after {@code starts}
 */
public record TimeRange(LocalTime starts, LocalTime ends) {

	public TimeRange {
		if (!starts.isBefore(ends)) {
			throw new IllegalArgumentException("A working period must end after it starts: " + starts + "-" + ends);
		}
	}

}
