package org.utilityportal.notification.internal;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.utilityportal.customer.RegistrationCodeIssued;

/**
 * Puts a registration code in the SMS outbox, in the language the person registered in, a
 * moment after the code was stored. The gateway ({@link OutboxTexts}) sends it; in
 * development without a gateway {@link DevelopmentTextSink} shows it in the log.
 */
@Component
@RequiredArgsConstructor
class RegistrationTexts {

	private final NotificationWriter writer;

	private final MessageSource messages;

	private final java.time.Clock clock;

	@ApplicationModuleListener
	void on(RegistrationCodeIssued issued) {
		String body = this.messages.getMessage("register.sms", new Object[] { issued.code() }, issued.language());
		this.writer.enqueueTexts(List.of(new NotificationWriter.Text(null, issued.mobile(), body)),
				this.clock.instant());
	}

}
