package org.utilityportal.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.utilityportal.shared.money.Money;

/**
 * What an online payment provider's adapter does for the portal (docs/PAYMENTS.md). The
 * sandbox adapter ships; a WeChat Pay, Alipay or UnionPay adapter implements this
 * interface with that provider's API, signature and answers, and is declared as a bean.
 * The portal never marks an order paid on the customer's word: only on a notification the
 * adapter verified, or on the adapter's own status query.
 */
public interface PaymentProvider {

	/** The provider's code in URLs and records, e.g. {@code sandbox}, {@code wechat}. */
	String code();

	/** The message key of the provider's name, shown to customers. */
	String nameKey();

	/**
	 * Registers an order with the provider.
	 * @return where to send the customer (the provider's checkout page)
	 * @throws ProviderException when the provider refuses or cannot be reached
	 */
	String start(OrderRequest order);

	/**
	 * Reads a notification the provider sent to {@code /payments/notify/{code}}: checks
	 * its signature with the shared secret and takes out the fields the portal needs. It
	 * does not decide anything else (timeliness, replays, the order): the portal does.
	 */
	Notification read(Map<String, String> fields);

	/**
	 * Asks the provider where an order stands.
	 * @throws ProviderException when the provider cannot be reached or its answer is not
	 * genuine
	 */
	Status query(String orderNumber);

	/**
	 * Tells the provider an order expired, so it takes no money for it.
	 * @return {@code false} when the provider says it was paid meanwhile
	 */
	boolean close(String orderNumber);

	/** The answer the provider expects to a notification: accepted or refused. */
	ResponseEntity<String> answer(boolean accepted, String reason);

	/**
	 * The provider's statement of a day in the portal's statement format
	 * (docs/PAYMENTS.md), when the provider offers one to fetch.
	 */
	Optional<String> statement(LocalDate day);

	/**
	 * An order as the provider is told about it.
	 *
	 * @param orderNumber the portal's order number
	 * @param amount the amount
	 * @param description what is paid for, shown on the provider's page
	 * @param expiresAt when the provider must stop taking money for it
	 * @param notifyUrl where the provider sends its notification (server to server)
	 * @param returnUrl where the customer's browser goes back to
	 */
	record OrderRequest(String orderNumber, Money amount, String description, Instant expiresAt, String notifyUrl,
			String returnUrl) {
	}

	/**
	 * A notification as the adapter read it.
	 *
	 * @param signatureValid whether the signature is the provider's
	 * @param orderNumber the portal's order number it is about
	 * @param txnId the provider's transaction
	 * @param amount the amount paid (as sent: compared exactly), {@code null} when
	 * missing
	 * @param currency the currency
	 * @param paid whether it says the order was paid
	 * @param paidAt when
	 * @param nonce a value the provider never sends twice
	 * @param sentAt when the provider sent it
	 */
	record Notification(boolean signatureValid, String orderNumber, String txnId, BigDecimal amount, String currency,
			boolean paid, Instant paidAt, String nonce, Instant sentAt) {

		/** Whether the fields the portal needs are all there. */
		public boolean isComplete() {
			return this.orderNumber != null && this.txnId != null && this.amount != null && this.currency != null
					&& this.nonce != null && this.sentAt != null && (!this.paid || this.paidAt != null);
		}

	}

	/**
	 * Where an order stands at the provider.
	 *
	 * @param state paid, not paid (yet), closed, or unknown to the provider
	 * @param txnId the provider's transaction, when there is one
	 * @param amount what was paid
	 * @param currency its currency
	 * @param paidAt when
	 */
	record Status(State state, String txnId, BigDecimal amount, String currency, Instant paidAt) {

		/** The states of an order at a provider. */
		public enum State {

			PAID, NOT_PAID, CLOSED, UNKNOWN

		}

	}

	/** The provider refused a request or could not be reached. */
	class ProviderException extends RuntimeException {

		public ProviderException(String message) {
			super(message);
		}

		public ProviderException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
