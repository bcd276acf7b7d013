package org.utilityportal.sandbox.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.utilityportal.shared.money.Money;

/**
 * A transaction at the sandbox provider: created by the merchant, paid by the customer on
 * the checkout page (or cancelled), closed by the merchant when it expired unpaid.
 */
@Entity
@Table(name = "sandbox_transaction")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SandboxTransaction {

	/** Where a transaction stands. */
	public enum Status {

		CREATED, PAID, CLOSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String txnId;

	private String merchantOrderNo;

	private Money amount;

	private String currency;

	private String description;

	private String notifyUrl;

	private String returnUrl;

	private Instant expiresAt;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant createdAt;

	private Instant paidAt;

	private int notifyAttempts;

	private String lastNotify;

	@Version
	private long version;

	public SandboxTransaction(String txnId, String merchantOrderNo, Money amount, String currency, String description,
			String notifyUrl, String returnUrl, Instant expiresAt, Instant createdAt) {
		this.txnId = txnId;
		this.merchantOrderNo = merchantOrderNo;
		this.amount = amount;
		this.currency = currency;
		this.description = description;
		this.notifyUrl = notifyUrl;
		this.returnUrl = returnUrl;
		this.expiresAt = expiresAt;
		this.createdAt = createdAt;
		this.status = Status.CREATED;
	}

	/** Whether the customer can still pay it at this moment. */
	public boolean isPayable(Instant now) {
		return this.status == Status.CREATED && now.isBefore(this.expiresAt);
	}

	/**
	 * The customer pays.
	 * @throws IllegalStateException when it is paid, closed or expired
	 */
	public void pay(Instant now) {
		if (!isPayable(now)) {
			throw new IllegalStateException("Transaction " + this.txnId + " cannot be paid");
		}
		this.status = Status.PAID;
		this.paidAt = now;
	}

	/**
	 * The merchant (or the customer, cancelling) closes an unpaid transaction.
	 * @return whether it is closed now (a paid one stays paid)
	 */
	public boolean close() {
		if (this.status == Status.PAID) {
			return false;
		}
		this.status = Status.CLOSED;
		return true;
	}

	/** Records how the merchant answered a notification. */
	public void notified(String answer) {
		this.notifyAttempts++;
		this.lastNotify = (answer.length() > 200) ? answer.substring(0, 200) : answer;
	}

}
