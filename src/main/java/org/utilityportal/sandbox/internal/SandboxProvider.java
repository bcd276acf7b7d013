package org.utilityportal.sandbox.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import lombok.extern.slf4j.Slf4j;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.security.HmacSignature;

/**
 * The sandbox provider's side of the contract in docs/PAYMENTS.md: it checks each
 * merchant request (signature, merchant id, a timestamp within five minutes), keeps its
 * transactions, lets the customer pay or cancel on its checkout page, and signs what it
 * answers and sends.
 */
@Slf4j
@Service
@ConditionalOnBooleanProperty("portal.payments.sandbox.enabled")
public class SandboxProvider {

	/** How far a request's timestamp may be from the provider's clock. */
	static final Duration TOLERANCE = Duration.ofMinutes(5);

	private final SandboxTransactionRepository transactions;

	private final Clock clock;

	private final String secret;

	private final String merchantId;

	SandboxProvider(SandboxTransactionRepository transactions, Clock clock,
			@Value("${portal.payments.sandbox.secret}") String secret,
			@Value("${portal.payments.sandbox.merchant-id}") String merchantId) {
		this.transactions = transactions;
		this.clock = clock;
		this.secret = secret;
		this.merchantId = merchantId;
	}

	/** The merchant creates a transaction: answers its id and the checkout address. */
	@Transactional
	public Map<String, String> create(Map<String, String> request) {
		String refusal = refusal(request);
		if (refusal != null) {
			return fail(refusal);
		}
		String orderNo = request.get("order_no");
		var existing = this.transactions.findByMerchantOrderNo(orderNo);
		if (existing.isPresent()) {
			return created(existing.get());
		}
		Money amount;
		Instant expiresAt;
		try {
			amount = new Money(new BigDecimal(request.get("amount")));
			expiresAt = Instant.parse(request.get("expire_at"));
		}
		catch (RuntimeException ex) {
			return fail("bad amount or expire_at");
		}
		if (!amount.isPositive() || !"CNY".equals(request.get("currency"))) {
			return fail("bad amount or currency");
		}
		String txnId = "SBX" + UUID.randomUUID().toString().replace("-", "").substring(0, 24).toUpperCase();
		SandboxTransaction created = this.transactions
			.saveAndFlush(new SandboxTransaction(txnId, orderNo, amount, "CNY", text(request.get("description"), 200),
					request.get("notify_url"), request.get("return_url"), expiresAt, this.clock.instant()));
		return created(created);
	}

	/** The merchant asks where a transaction stands. */
	@Transactional(readOnly = true)
	public Map<String, String> query(Map<String, String> request) {
		String refusal = refusal(request);
		if (refusal != null) {
			return fail(refusal);
		}
		return this.transactions.findByMerchantOrderNo(request.get("order_no"))
			.map(this::status)
			.orElseGet(() -> fail("unknown order"));
	}

	/** The merchant closes an unpaid transaction (its order expired). */
	@Transactional
	public Map<String, String> close(Map<String, String> request) {
		String refusal = refusal(request);
		if (refusal != null) {
			return fail(refusal);
		}
		var transaction = this.transactions.findByMerchantOrderNo(request.get("order_no"));
		if (transaction.isEmpty()) {
			return fail("unknown order");
		}
		if (!transaction.get().close()) {
			return fail("already paid");
		}
		return signed(Map.of("code", "SUCCESS", "order_no", request.get("order_no")));
	}

	/**
	 * The statement of a day in the portal's statement format: a header, one line per
	 * transaction paid that day (in the provider's time zone), a trailer with the count
	 * and total.
	 * @return {@code null} when the request is refused
	 */
	@Transactional(readOnly = true)
	public String statement(Map<String, String> request) {
		if (refusal(request) != null) {
			return null;
		}
		LocalDate day;
		try {
			day = LocalDate.parse(request.get("date"));
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return null;
		}
		var paid = this.transactions.paidBetween(day.atStartOfDay(this.clock.getZone()).toInstant(),
				day.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant());
		Money total = paid.stream().map(SandboxTransaction::getAmount).reduce(Money.ZERO, Money::plus);
		StringBuilder file = new StringBuilder();
		file.append("H|STATEMENT|SANDBOX|")
			.append(day)
			.append('|')
			.append(paid.size())
			.append('|')
			.append(total)
			.append('\n');
		for (SandboxTransaction transaction : paid) {
			file.append("D|")
				.append(transaction.getMerchantOrderNo())
				.append('|')
				.append(transaction.getTxnId())
				.append('|')
				.append(transaction.getAmount())
				.append('|')
				.append(transaction.getPaidAt().atZone(this.clock.getZone()).toOffsetDateTime())
				.append('\n');
		}
		file.append("T|").append(paid.size()).append('|').append(total).append('\n');
		return file.toString();
	}

	/** A transaction for its checkout page. */
	@Transactional(readOnly = true)
	public java.util.Optional<SandboxTransaction> transaction(String txnId) {
		return this.transactions.findByTxnId(txnId);
	}

	/**
	 * The customer pays on the checkout page.
	 * @return whether it was paid now (it was payable)
	 */
	@Transactional
	public boolean pay(String txnId) {
		SandboxTransaction transaction = this.transactions.findByTxnId(txnId).orElseThrow();
		if (!transaction.isPayable(this.clock.instant())) {
			return false;
		}
		transaction.pay(this.clock.instant());
		this.transactions.flush();
		return true;
	}

	/** The customer cancels on the checkout page: the transaction is closed unpaid. */
	@Transactional
	public void cancel(String txnId) {
		this.transactions.findByTxnId(txnId).ifPresent(SandboxTransaction::close);
	}

	/** The signed notification of a paid transaction, as sent to the merchant. */
	@Transactional(readOnly = true)
	public Map<String, String> notification(String txnId) {
		SandboxTransaction transaction = this.transactions.findByTxnId(txnId).orElseThrow();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("merchant_id", this.merchantId);
		fields.put("order_no", transaction.getMerchantOrderNo());
		fields.put("txn_id", transaction.getTxnId());
		fields.put("amount", transaction.getAmount().toString());
		fields.put("currency", transaction.getCurrency());
		fields.put("status", "SUCCESS");
		fields.put("paid_at", transaction.getPaidAt().toString());
		return signed(fields);
	}

	/** Records the merchant's answer to a notification. */
	@Transactional
	public void notified(String txnId, String answer) {
		this.transactions.findByTxnId(txnId).ifPresent((transaction) -> transaction.notified(answer));
	}

	private Map<String, String> created(SandboxTransaction transaction) {
		return signed(Map.of("code", "SUCCESS", "order_no", transaction.getMerchantOrderNo(), "txn_id",
				transaction.getTxnId(), "pay_url", "/sandbox-pay/checkout/" + transaction.getTxnId()));
	}

	private Map<String, String> status(SandboxTransaction transaction) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", "SUCCESS");
		fields.put("order_no", transaction.getMerchantOrderNo());
		fields.put("txn_id", transaction.getTxnId());
		fields.put("amount", transaction.getAmount().toString());
		fields.put("currency", transaction.getCurrency());
		fields.put("status", switch (transaction.getStatus()) {
			case PAID -> "SUCCESS";
			case CLOSED -> "CLOSED";
			case CREATED -> "NOTPAY";
		});
		if (transaction.getPaidAt() != null) {
			fields.put("paid_at", transaction.getPaidAt().toString());
		}
		return signed(fields);
	}

	private String refusal(Map<String, String> request) {
		if (!HmacSignature.verify(request, this.secret)) {
			return "bad signature";
		}
		if (!this.merchantId.equals(request.get("merchant_id"))) {
			return "unknown merchant";
		}
		try {
			Instant sent = Instant.parse(request.get("timestamp"));
			if (Duration.between(sent, this.clock.instant()).abs().compareTo(TOLERANCE) > 0) {
				return "timestamp out of range";
			}
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return "bad timestamp";
		}
		return null;
	}

	private Map<String, String> signed(Map<String, String> fields) {
		Map<String, String> withNonce = new LinkedHashMap<>(fields);
		withNonce.put("nonce", UUID.randomUUID().toString().replace("-", ""));
		withNonce.put("timestamp", this.clock.instant().toString());
		return HmacSignature.signed(withNonce, this.secret);
	}

	private Map<String, String> fail(String message) {
		return signed(Map.of("code", "FAIL", "message", message));
	}

	private static String text(String value, int length) {
		String text = (value != null) ? value : "";
		return (text.length() > length) ? text.substring(0, length) : text;
	}

}
