package org.utilityportal.payment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.utilityportal.shared.money.Money;

/**
 * An online payment order: an amount for bills of one account, to be paid at a provider
 * before it expires. It becomes paid only when the provider confirms it (a verified
 * notification or a status query), and then once: a second confirmation of the same
 * transaction changes nothing.
 */
@Entity
@Table(name = "payment_order")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PaymentOrder {

	/** Where an order stands. */
	public enum Status {

		CREATED, PAID, EXPIRED

	}

	/** What confirmed the payment. */
	public enum Confirmation {

		NOTIFICATION, QUERY

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String orderNumber;

	private long customerId;

	private long accountId;

	private Money amount;

	private String currency;

	private String provider;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String createdBy;

	private Instant createdAt;

	private Instant expiresAt;

	private String idempotencyKey;

	private String payUrl;

	private String providerTxnId;

	private Instant paidAt;

	private String receiptNumber;

	@Enumerated(EnumType.STRING)
	private Confirmation confirmedBy;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "payment_order_bill", joinColumns = @JoinColumn(name = "order_id"))
	@OrderColumn(name = "position")
	@Column(name = "bill_number")
	private List<String> billNumbers = new ArrayList<>();

	public PaymentOrder(String orderNumber, long customerId, long accountId, Money amount, List<String> billNumbers,
			String provider, String createdBy, Instant createdAt, Instant expiresAt, String idempotencyKey) {
		this.orderNumber = orderNumber;
		this.customerId = customerId;
		this.accountId = accountId;
		this.amount = amount;
		this.currency = "CNY";
		this.billNumbers.addAll(billNumbers);
		this.provider = provider;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.idempotencyKey = idempotencyKey;
		this.status = Status.CREATED;
	}

	/** Records where the provider sends the customer. */
	public void started(String payUrl) {
		this.payUrl = payUrl;
	}

	/** Whether a confirmation of this transaction was already taken. */
	public boolean isPaidBy(String txnId) {
		return this.status == Status.PAID && txnId.equals(this.providerTxnId);
	}

	/**
	 * The provider confirmed the payment.
	 * @throws IllegalStateException unless the order is waiting for its payment
	 */
	public void paid(String txnId, Instant at, String receipt, Confirmation by) {
		if (this.status != Status.CREATED) {
			throw new IllegalStateException("Order " + this.orderNumber + " is " + this.status);
		}
		this.status = Status.PAID;
		this.providerTxnId = txnId;
		this.paidAt = at;
		this.receiptNumber = receipt;
		this.confirmedBy = by;
	}

	/**
	 * The order expired unpaid.
	 * @throws IllegalStateException unless it is waiting for its payment
	 */
	public void expire() {
		if (this.status != Status.CREATED) {
			throw new IllegalStateException("Order " + this.orderNumber + " is " + this.status);
		}
		this.status = Status.EXPIRED;
	}

	public List<String> getBillNumbers() {
		return List.copyOf(this.billNumbers);
	}

}
