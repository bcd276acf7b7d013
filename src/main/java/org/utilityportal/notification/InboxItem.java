package org.utilityportal.notification;

import java.time.Instant;
import java.util.List;

/**
 * One notice in a person's inbox.
 *
 * @param id notice id
 * @param createdAt when it was sent
 * @param messageKey the message key of its text
 * @param args the message's arguments
 * @param link the page it is about, or {@code null}
 * @param read whether it was read
 */
public record InboxItem(long id, Instant createdAt, String messageKey, List<String> args, String link, boolean read) {

	/** The arguments as an array, for message formatting in templates. */
	public Object[] argArray() {
		return this.args.toArray();
	}

}
