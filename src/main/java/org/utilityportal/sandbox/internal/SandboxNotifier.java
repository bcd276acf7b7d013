package org.utilityportal.sandbox.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.utilityportal.shared.web.FormEncoding;

/**
 * Sends the signed notification of a paid transaction to the merchant's notify URL (a
 * form POST) and records the answer; a merchant that does not answer {@code SUCCESS}
 * finds out by querying, as with a real provider.
 */
@Slf4j
@Component
@ConditionalOnBooleanProperty("portal.payments.sandbox.enabled")
@RequiredArgsConstructor
public class SandboxNotifier {

	private final SandboxProvider provider;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** Notifies the merchant about a paid transaction; never throws. */
	public void notifyMerchant(String txnId, String notifyUrl) {
		Map<String, String> fields = this.provider.notification(txnId);
		String answer;
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(notifyUrl))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(FormEncoding.encode(fields)))
				.build(), HttpResponse.BodyHandlers.ofString());
			answer = response.statusCode() + " " + response.body();
		}
		catch (java.io.IOException ex) {
			answer = "unreachable: " + ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			answer = "interrupted";
		}
		log.info("Sandbox notified {} about {}: {}", notifyUrl, txnId, answer);
		this.provider.notified(txnId, answer);
	}

}
