package org.utilityportal.payment.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.utilityportal.payment.PaymentProvider;
import org.utilityportal.shared.security.HmacSignature;
import org.utilityportal.shared.web.FormEncoding;

/**
 * The portal's adapter for the sandbox provider: form-encoded requests signed with the
 * shared secret ({@code portal.payments.sandbox.secret}), signed JSON answers checked
 * before they are believed, notifications answered with {@code {"code":"SUCCESS"}} or a
 * 400 with {@code {"code":"FAIL","message":…}}. The model for a real provider's adapter.
 */
@Component
@ConditionalOnBooleanProperty("portal.payments.sandbox.enabled")
class SandboxAdapter implements PaymentProvider {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Environment environment;

	private final Clock clock;

	private final String secret;

	private final String merchantId;

	private final String baseUrl;

	SandboxAdapter(Environment environment, Clock clock, @Value("${portal.payments.sandbox.secret}") String secret,
			@Value("${portal.payments.sandbox.merchant-id}") String merchantId,
			@Value("${portal.payments.sandbox.base-url:}") String baseUrl) {
		this.environment = environment;
		this.clock = clock;
		this.secret = secret;
		this.merchantId = merchantId;
		this.baseUrl = baseUrl;
	}

	@Override
	public String code() {
		return "sandbox";
	}

	@Override
	public String nameKey() {
		return "provider.sandbox";
	}

	@Override
	public String start(OrderRequest order) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("order_no", order.orderNumber());
		fields.put("amount", order.amount().toString());
		fields.put("currency", "CNY");
		fields.put("description", order.description());
		fields.put("notify_url", base() + "/payments/notify/" + code());
		fields.put("return_url", order.returnUrl());
		fields.put("expire_at", order.expiresAt().toString());
		Map<String, String> answer = call("/sandbox-pay/api/orders", fields);
		if (!"SUCCESS".equals(answer.get("code")) || !order.orderNumber().equals(answer.get("order_no"))) {
			throw new ProviderException("The sandbox refused order " + order.orderNumber() + ": " + answer);
		}
		return answer.get("pay_url");
	}

	@Override
	public Notification read(Map<String, String> fields) {
		boolean valid = HmacSignature.verify(fields, this.secret) && this.merchantId.equals(fields.get("merchant_id"));
		return new Notification(valid, fields.get("order_no"), fields.get("txn_id"), decimal(fields.get("amount")),
				fields.get("currency"), "SUCCESS".equals(fields.get("status")), instant(fields.get("paid_at")),
				fields.get("nonce"), instant(fields.get("timestamp")));
	}

	@Override
	public Status query(String orderNumber) {
		Map<String, String> answer = call("/sandbox-pay/api/orders/query", Map.of("order_no", orderNumber));
		if (!"SUCCESS".equals(answer.get("code"))) {
			return new Status(Status.State.UNKNOWN, null, null, null, null);
		}
		Status.State state = switch (String.valueOf(answer.get("status"))) {
			case "SUCCESS" -> Status.State.PAID;
			case "CLOSED" -> Status.State.CLOSED;
			default -> Status.State.NOT_PAID;
		};
		return new Status(state, answer.get("txn_id"), decimal(answer.get("amount")), answer.get("currency"),
				instant(answer.get("paid_at")));
	}

	@Override
	public boolean close(String orderNumber) {
		Map<String, String> answer = call("/sandbox-pay/api/orders/close", Map.of("order_no", orderNumber));
		return "SUCCESS".equals(answer.get("code")) || !"already paid".equals(answer.get("message"));
	}

	@Override
	public ResponseEntity<String> answer(boolean accepted, String reason) {
		String body = accepted ? "{\"code\":\"SUCCESS\"}"
				: "{\"code\":\"FAIL\",\"message\":\"" + reason.replaceAll("[^A-Za-z0-9 _.-]", "") + "\"}";
		return ResponseEntity.status(accepted ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	@Override
	public Optional<String> statement(LocalDate day) {
		HttpResponse<String> response = post("/sandbox-pay/api/statements", sign(Map.of("date", day.toString())));
		return (response.statusCode() == 200) ? Optional.of(response.body()) : Optional.empty();
	}

	/** Sends a signed request and returns the answer once its signature is checked. */
	private Map<String, String> call(String path, Map<String, String> fields) {
		HttpResponse<String> response = post(path, sign(fields));
		Map<String, String> answer;
		try {
			answer = JSON.readValue(response.body(), new TypeReference<Map<String, String>>() {
			});
		}
		catch (RuntimeException ex) {
			throw new ProviderException("The sandbox answered " + response.statusCode() + " without JSON", ex);
		}
		if (!HmacSignature.verify(answer, this.secret)) {
			throw new ProviderException("The sandbox's answer to " + path + " is not signed with the secret");
		}
		return answer;
	}

	private HttpResponse<String> post(String path, Map<String, String> fields) {
		String form = FormEncoding.encode(fields);
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(base() + path))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new ProviderException("The sandbox cannot be reached at " + base(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProviderException("Interrupted", ex);
		}
	}

	private Map<String, String> sign(Map<String, String> fields) {
		Map<String, String> request = new LinkedHashMap<>(fields);
		request.put("merchant_id", this.merchantId);
		request.put("nonce", UUID.randomUUID().toString().replace("-", ""));
		request.put("timestamp", this.clock.instant().toString());
		return HmacSignature.signed(request, this.secret);
	}

	/** This server itself unless configured: the sandbox runs in the portal. */
	private String base() {
		if (StringUtils.hasText(this.baseUrl)) {
			return this.baseUrl;
		}
		return "http://127.0.0.1:" + this.environment.getProperty("local.server.port", "8080");
	}

	private static BigDecimal decimal(String value) {
		try {
			return (value != null) ? new BigDecimal(value) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Instant instant(String value) {
		try {
			return (value != null) ? Instant.parse(value) : null;
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

}
