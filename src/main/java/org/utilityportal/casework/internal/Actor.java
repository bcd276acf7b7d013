package org.utilityportal.casework.internal;

/**
 * Who acted on a case, as the history keeps them: their user account (staff; none for the
 * system and for customers acting online), sign-in name, display name and work number at
 * the time.
 *
 * @param userId the user account id of a member of staff, {@code null} otherwise
 * @param username sign-in name, or {@code system}
 * @param name display name at the time
 * @param workNumber work number at the time, {@code null} for customers and the system
 */
public record Actor(Long userId, String username, String name, String workNumber) {

	/** The portal itself (the escalation scan, events from other modules). */
	public static final Actor SYSTEM = new Actor(null, "system", "system", null);

}
