package org.utilityportal.casework;

import java.time.Instant;

/**
 * One entry of a case's history.
 *
 * @param id entry id
 * @param at when
 * @param kind what happened
 * @param actor sign-in name, or {@code system}
 * @param actorName display name at the time
 * @param actorWorkNumber work number at the time, for staff
 * @param visible whether the customer sees it on their timeline
 * @param detail a short detail (a tier, a team, a rating)
 * @param text what was written (a reply, a note, the customer's information)
 */
public record CaseEvent(long id, Instant at, EventKind kind, String actor, String actorName, String actorWorkNumber,
		boolean visible, String detail, String text) {

	/** The message key of the plain-language line for this entry. */
	public String messageKey() {
		return this.kind.messageKey();
	}

	/**
	 * A piece of the detail: details such as {@code tier:2 BREACH} (an escalation),
	 * {@code PHONE:5} (a return visit) or {@code TIER:3} (a breach) are split at the
	 * colon and the space; an empty string when there is no such piece.
	 */
	public String detailPart(int index) {
		String[] parts = (this.detail != null) ? this.detail.split("[: ]") : new String[0];
		return (index < parts.length) ? parts[index] : "";
	}

}
