package org.utilityportal.notification;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.notification.internal.NoticeContactWriter;
import org.utilityportal.notification.internal.NotificationQueries;

/**
 * Where a person's notices go besides the inbox: an e-mail address (the mail outbox) and
 * a mobile number (the SMS outbox). Staff and customers record their own on
 * {@code /account/notices}; a blank field removes the address.
 */
@Service
@RequiredArgsConstructor
public class NoticeContacts {

	private final NotificationQueries queries;

	private final NoticeContactWriter writer;

	/** A person's addresses; either may be {@code null}. */
	@Transactional(readOnly = true)
	public NoticeContact of(long userId) {
		NotificationQueries.Contact contact = this.queries.contactsOf(List.of(userId)).get(userId);
		return (contact != null) ? new NoticeContact(contact.email(), contact.mobile()) : new NoticeContact(null, null);
	}

	/**
	 * Records a person's addresses (checked already: an e-mail address, a mainland mobile
	 * number); {@code null} or blank removes one.
	 */
	@Transactional
	public void save(long userId, String email, String mobile) {
		this.writer.save(userId, blankToNull(email), blankToNull(mobile));
	}

	private static String blankToNull(String value) {
		return (value != null && !value.isBlank()) ? value.strip() : null;
	}

	/**
	 * Where notices go.
	 *
	 * @param email the e-mail address, {@code null} for none
	 * @param mobile the mobile number, {@code null} for none
	 */
	public record NoticeContact(String email, String mobile) {
	}

}
