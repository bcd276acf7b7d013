package org.utilityportal.metering;

/** What happened at the meter along with the reading. */
public enum ReadingKind {

	/** An ordinary reading. */
	REGULAR,

	/** The register passed its highest value and started again from zero. */
	ROLLOVER,

	/**
	 * The meter was replaced: the old meter's last value and the new meter's first value
	 * are recorded.
	 */
	METER_CHANGE;

	/** The message key of the kind's name. */
	public String messageKey() {
		return "readingKind." + name();
	}

}
