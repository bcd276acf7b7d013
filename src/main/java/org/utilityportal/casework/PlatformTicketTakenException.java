package org.utilityportal.casework;

/**
 * A case was registered with a platform's ticket number that another case got a moment
 * earlier (the unique key refused it): the form shows which case has it.
 */
public class PlatformTicketTakenException extends RuntimeException {

	private final Platform platform;

	private final String ticket;

	public PlatformTicketTakenException(Platform platform, String ticket, Throwable cause) {
		super(platform + " ticket " + ticket + " is already registered", cause);
		this.platform = platform;
		this.ticket = ticket;
	}

	/** The platform. */
	public Platform platform() {
		return this.platform;
	}

	/** The ticket number. */
	public String ticket() {
		return this.ticket;
	}

}
