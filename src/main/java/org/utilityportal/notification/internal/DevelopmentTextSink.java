package org.utilityportal.notification.internal;

import java.util.List;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

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

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	/** Shows what is waiting, on one instance at a time. */
	@Scheduled(fixedDelayString = "${portal.sms.development-interval:5s}")
	@SchedulerLock(name = "sms-development-sink", lockAtLeastFor = "PT1S")
	public void scheduledDrain() {
		drain();
	}

	/**
	 * Logs and marks sent what is waiting (one statement, so no transaction is needed).
	 * @return how many messages were shown
	 */
	public int drain() {
		List<String> shown = this.jdbc
			.sql("""
					update sms_outbox set sent_at = ?, attempts = attempts + 1
					where id in (select id from sms_outbox where sent_at is null order by id limit 50 for update skip locked)
					returning recipient || ': ' || body
					""")
			.param(NotificationQueries.utc(this.clock.instant()))
			.query(String.class)
			.list();
		shown.forEach((text) -> log.info("Text message (development sink, not sent): {}", text));
		return shown.size();
	}

}
