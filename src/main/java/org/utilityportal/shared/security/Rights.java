package org.utilityportal.shared.security;

/**
 * Rights given to individual members of staff on top of their role, as Spring Security
 * authorities (use with {@code hasAuthority(...)}).
 */
public final class Rights {

	/**
	 * May reveal one masked identity or mobile number of one customer at a time; every
	 * reveal is logged.
	 */
	public static final String REVEAL_PERSONAL_DATA = "REVEAL_PERSONAL_DATA";

	private Rights() {
	}

}
