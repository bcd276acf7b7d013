package org.utilityportal.billing;

import java.time.LocalDate;

/**
 * A clerk tried to take money at the counter on a day they have closed (日结): a supervisor
 * must reopen the day first.
 */
public class DayClosedException extends RuntimeException {

	public DayClosedException(String clerk, LocalDate day) {
		super("The day " + day + " of " + clerk + " is closed");
	}

}
