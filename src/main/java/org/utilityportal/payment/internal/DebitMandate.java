package org.utilityportal.payment.internal;

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

/**
 * A direct-debit mandate (代扣协议): the customer's bank account from which the utility may
 * collect what an account owes. A clerk records it; it is in force only once a supervisor
 * who did not record it approves; it can be cancelled.
 */
@Entity
@Table(name = "debit_mandate")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DebitMandate {

	/** Where a mandate stands. */
	public enum Status {

		REQUESTED, ACTIVE, REJECTED, CANCELLED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String accountNumber;

	private long customerId;

	private String bankCode;

	private String bankAccount;

	private String holderName;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String requestedBy;

	private Instant requestedAt;

	private String decidedBy;

	private Instant decidedAt;

	private String cancelledBy;

	private Instant cancelledAt;

	@Version
	private long version;

	public DebitMandate(long accountId, String accountNumber, long customerId, String bankCode, String bankAccount,
			String holderName, String requestedBy, Instant requestedAt) {
		this.accountId = accountId;
		this.accountNumber = accountNumber;
		this.customerId = customerId;
		this.bankCode = bankCode;
		this.bankAccount = bankAccount;
		this.holderName = holderName;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.status = Status.REQUESTED;
	}

	/**
	 * A supervisor approves (it is in force from now) or rejects it.
	 * @throws IllegalStateException when it is not waiting, or the supervisor recorded it
	 */
	public void decide(boolean approve, String by, Instant at) {
		if (this.status != Status.REQUESTED || by.equals(this.requestedBy)) {
			throw new IllegalStateException("Mandate " + this.id + " cannot be decided by " + by);
		}
		this.status = approve ? Status.ACTIVE : Status.REJECTED;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	/**
	 * Cancels a mandate asked for or in force.
	 * @throws IllegalStateException when it is rejected or cancelled already
	 */
	public void cancel(String by, Instant at) {
		if (this.status != Status.REQUESTED && this.status != Status.ACTIVE) {
			throw new IllegalStateException("Mandate " + this.id + " is " + this.status);
		}
		this.status = Status.CANCELLED;
		this.cancelledBy = by;
		this.cancelledAt = at;
	}

}
