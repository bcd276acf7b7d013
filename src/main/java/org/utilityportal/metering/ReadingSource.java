package org.utilityportal.metering;

/** Who produced a reading. */
public enum ReadingSource {

	/** Read from the meter by staff. */
	ACTUAL,

	/** Estimated from history because no reading was available. */
	ESTIMATED,

	/** Submitted by the customer. */
	CUSTOMER;

	/** The message key of the source's name. */
	public String messageKey() {
		return "readingSource." + name();
	}

	/** Whether the reading was taken from the meter (by staff or the customer). */
	public boolean isMeasured() {
		return this != ESTIMATED;
	}

}
