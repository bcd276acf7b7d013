package org.utilityportal.notification.internal;

import java.time.Clock;
import java.util.List;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development only (demo data on, no SMS gateway configured): "sends" the text messages
 * of the outbox by writing them to the log, so a developer can register online with the
 * code. Never present in a production installation, which has no demo data.
 */
@Slf4j
@Component
@ConditionalOnExpression("${portal.demo-data.active:false} and '${portal.sms.gateway-url:}'.isEmpty()")
@RequiredArgsConstructor
public class DevelopmentTextSink {

	private final OutboxWriter outbox;

	private final Clock clock;

	/** Shows what is waiting, on one instance at a time. */
	@Scheduled(fixedDelayString = "${portal.sms.development-interval:5s}")
	@SchedulerLock(name = "sms-development-sink", lockAtLeastFor = "PT1S")
	public void scheduledDrain() {
		drain();
	}

	/**
	 * Logs and marks sent what is waiting, up to 50 messages.
	 * @return how many messages were shown
	 */
	@Transactional
	public int drain() {
		List<OutboxWriter.Waiting> texts = this.outbox.claim(OutboxWriter.Outbox.SMS, 50);
		for (OutboxWriter.Waiting text : texts) {
			log.info("Text message (development sink, not sent) to {}: {}", text.recipient(), text.body());
			this.outbox.sent(OutboxWriter.Outbox.SMS, text.id(), this.clock.instant());
		}
		return texts.size();
	}

}
