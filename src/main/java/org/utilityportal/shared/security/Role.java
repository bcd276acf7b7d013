package org.utilityportal.shared.security;

/**
 * The four kinds of people who sign in. Each role has its own landing page under its own
 * path prefix, and sees only its own menu.
 */
public enum Role {

	/** A household or business holding service accounts. */
	CUSTOMER("/my"),

	/** Service-hall and hotline staff with a work number. */
	COUNTER("/counter"),

	/** Team leads and the customer-service centre. */
	SUPERVISOR("/supervisor"),

	/** Price officers and system administrators. */
	ADMIN("/admin");

	private final String home;

	Role(String home) {
		this.home = home;
	}

	/**
	 * The landing page after sign-in, also the prefix of every page only this role may
	 * open.
	 */
	public String home() {
		return this.home;
	}

	/** The Spring Security authority name, {@code ROLE_} + name. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether this role is held by staff (everyone but customers). */
	public boolean isStaff() {
		return this != CUSTOMER;
	}

	/** The message key of the role's display name. */
	public String messageKey() {
		return "role." + name();
	}

}
