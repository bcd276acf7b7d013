package org.utilityportal.notification.internal;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.utilityportal.shared.metrics.DatabaseReading;

/**
 * {@code portal.mail.outbox.backlog}: mails waiting to be sent (not sent, attempts left),
 * and {@code portal.mail.outbox.failed}: mails given up after every attempt. A growing
 * backlog means the mail server is unreachable or not configured.
 */
@Component
@RequiredArgsConstructor
class OutboxMetrics implements MeterBinder {

	@Value("${portal.metrics.database-max-age:15s}")
	private Duration maxAge;

	private final NotificationQueries queries;

	@Override
	public void bindTo(MeterRegistry registry) {
		DatabaseReading<long[]> outbox = new DatabaseReading<>(this::read, this.maxAge);
		Gauge.builder("portal.mail.outbox.backlog", outbox, (o) -> o.value((counts) -> counts[0]))
			.strongReference(true)
			.description("Mails waiting in the outbox")
			.register(registry);
		Gauge.builder("portal.mail.outbox.failed", outbox, (o) -> o.value((counts) -> counts[1]))
			.strongReference(true)
			.description("Mails given up after every attempt")
			.register(registry);
	}

	private long[] read() {
		return this.queries.outboxCounts(OutboxWriter.MAX_ATTEMPTS);
	}

}
