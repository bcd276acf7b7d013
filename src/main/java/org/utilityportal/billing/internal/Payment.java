package org.utilityportal.billing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.utilityportal.billing.PaymentMethod;
import org.utilityportal.shared.money.Money;

/**
 * A payment into an account: how much, how, when, who took it, and what it paid for (its
 * allocations to bills and to the opening arrears, never changed). Money left over is a
 * credit on the account: amount = allocations + opening paid + credit. A wrong payment is
 * reversed, never deleted: from then on its allocations no longer count as paid.
 */
@Entity
@Table(name = "payment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Payment {

	@Id
	private Long id;

	private String receiptNumber;

	private long accountId;

	private long customerId;

	private Money amount;

	@Enumerated(EnumType.STRING)
	private PaymentMethod method;

	private String idempotencyKey;

	private Instant paidAt;

	private String receivedBy;

	private Money credit;

	/** What it paid of the account's opening arrears from the legacy system. */
	private Money openingPaid;

	private Instant reversedAt;

	private String reversedBy;

	/** {@code null} until saved, which tells Spring Data the payment is new. */
	@Version
	private Long version;

	@ElementCollection
	@CollectionTable(name = "payment_allocation", joinColumns = @JoinColumn(name = "payment_id"))
	private List<Allocation> allocations = new ArrayList<>();

	/**
	 * A new payment with the id the sequence gave it (the receipt number is made from
	 * it).
	 */
	public Payment(long id, long accountId, long customerId, Money amount, PaymentMethod method, String idempotencyKey,
			Instant paidAt, String receivedBy, Allocator.Result allocated) {
		this.id = id;
		this.receiptNumber = receiptNumber(id);
		this.accountId = accountId;
		this.customerId = customerId;
		this.amount = amount;
		this.method = method;
		this.idempotencyKey = idempotencyKey;
		this.paidAt = paidAt;
		this.receivedBy = receivedBy;
		this.allocations.addAll(allocated.allocations());
		this.credit = allocated.credit();
		this.openingPaid = allocated.openingPaid();
	}

	/** The receipt number of a payment id: R and eleven digits. */
	public static String receiptNumber(long id) {
		return "R" + String.format("%011d", id);
	}

	public boolean isReversed() {
		return this.reversedAt != null;
	}

	/**
	 * Reverses the payment (冲正): its allocations stop counting as paid.
	 * @throws IllegalStateException when it was reversed already
	 */
	public void reverse(Instant at, String by) {
		if (isReversed()) {
			throw new IllegalStateException("Payment " + this.receiptNumber + " is already reversed");
		}
		this.reversedAt = at;
		this.reversedBy = by;
	}

	/** The allocations, unchangeable. */
	public List<Allocation> getAllocations() {
		return List.copyOf(this.allocations);
	}

}
