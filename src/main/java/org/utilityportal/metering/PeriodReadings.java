package org.utilityportal.metering;

import java.time.LocalDate;

/**
 * The readings a billing period runs between, read for many accounts at once (the billing
 * run, a final bill).
 *
 * @param opening the reading the period starts from, {@code null} when none
 * @param closing the latest reading up to the period's end, {@code null} when none
 */
public record PeriodReadings(Reading opening, Reading closing) {

	/**
	 * Which readings one account's period needs.
	 *
	 * @param accountId the account
	 * @param openingReadingId the reading the period starts from when it is known (the
	 * previous bill's closing reading), else {@code null}
	 * @param openingOnOrBefore when the opening reading is not known (a first bill): the
	 * latest reading on or before this day opens the period; {@code null} otherwise
	 * @param closingOnOrBefore the latest reading on or before this day closes the period
	 */
	public record Wanted(long accountId, Long openingReadingId, LocalDate openingOnOrBefore,
			LocalDate closingOnOrBefore) {
	}

}
