package org.utilityportal.metro;

/** Where a transit card was topped up. */
public enum TopUpChannel {

	/** At a station's service counter. */
	COUNTER,

	/** At a ticket machine. */
	MACHINE,

	/** Online (app or bank). */
	ONLINE;

	/** The message key of its name, e.g. {@code metro.channel.COUNTER}. */
	public String messageKey() {
		return "metro.channel." + name();
	}

}
