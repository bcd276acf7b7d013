package org.utilityportal.notification.internal;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import lombok.extern.slf4j.Slf4j;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Drains the SMS outbox through an HTTP SMS gateway, at most 50 messages a minute per
 * instance; exists only when {@code portal.sms.gateway-url} is configured. Each message
 * is one POST of {@code {"to": "<mobile>", "text": "<text>"}} as JSON with
 * {@code Authorization: Bearer <portal.sms.token>}; a 2xx answer counts as sent (the
 * contract of the gateways Chinese utilities buy differs in details: an adapter in front
 * of this one keeps the portal's side simple). Rows are locked with {@code skip locked},
 * so two instances never send the same message; a failure is tried again up to ten times.
 */
@Slf4j
@Component
@ConditionalOnProperty("portal.sms.gateway-url")
public class OutboxTexts {

	private final OutboxWriter outbox;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final RestClient gateway;

	public OutboxTexts(OutboxWriter outbox, TransactionTemplate transactions, Clock clock,
			@Value("${portal.sms.gateway-url}") URI gatewayUrl, @Value("${portal.sms.token:}") String token) {
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
		this.gateway = RestClient.builder()
			.baseUrl(gatewayUrl.toString())
			.defaultHeader("Authorization", "Bearer " + token)
			.build();
	}

	/**
	 * Drains the outbox on one instance at a time (the rows are locked as well, so a
	 * second instance would only find nothing to send).
	 */
	@Scheduled(fixedDelayString = "${portal.sms.interval:60s}")
	@SchedulerLock(name = "sms-outbox", lockAtLeastFor = "PT5S")
	public void scheduledDrain() {
		drain();
	}

	/**
	 * Sends what is waiting, up to 50 messages.
	 * @return how many were sent
	 */
	public int drain() {
		Integer sent = this.transactions.execute((status) -> {
			List<OutboxWriter.Waiting> texts = this.outbox.claim(OutboxWriter.Outbox.SMS, 50);
			int count = 0;
			for (OutboxWriter.Waiting text : texts) {
				try {
					this.gateway.post()
						.contentType(MediaType.APPLICATION_JSON)
						.body(Map.of("to", text.recipient(), "text", text.body()))
						.retrieve()
						.toBodilessEntity();
					this.outbox.sent(OutboxWriter.Outbox.SMS, text.id(), this.clock.instant());
					count++;
				}
				catch (RestClientException ex) {
					log.warn("Text message {} failed: {}", text.id(), ex.getMessage());
					this.outbox.failed(OutboxWriter.Outbox.SMS, text.id(), ex.getMessage());
				}
			}
			return count;
		});
		return (sent != null) ? sent : 0;
	}

}
