package org.utilityportal.notification.internal;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.utilityportal.notice.NoticePublished;
import org.utilityportal.notification.Notifications;

/**
 * Tells the customers a published notice affects, after the publication is committed: one
 * inbox message each (and mail when they have an address on record), in at most three
 * statements however many they are. The notice's id makes the message unique per
 * recipient, so an event handed over again after a restart sends nothing twice.
 */
@Component
@RequiredArgsConstructor
class NoticeMessages {

	private final Notifications notifications;

	@ApplicationModuleListener
	void on(NoticePublished event) {
		this.notifications.send(event.recipients(),
				event.revision() ? "notice.inbox.revised" : "notice.inbox.published",
				List.of(event.titleZh(), event.titleEn()), "/my", "notice-" + event.noticeId());
	}

}
