package org.utilityportal.billing.internal;

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
 * A correction of an issued bill: counter staff ask for a credit or a debit with a
 * reason, a supervisor who did not ask approves or rejects it, and the next billing run
 * carries an approved one as a line of the account's next bill (the run marks that bill
 * on it set-based, in its chunk writer). The corrected bill never changes.
 */
@Entity
@Table(name = "bill_adjustment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Adjustment extends FourEyesRequest {

	/** Which way the correction moves what the customer owes. */
	public enum Kind {

		CREDIT, DEBIT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long billId;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	/** Always positive; {@link #kind} gives the direction. */
	private Money amount;

	private String reason;

	/** The bill that carried it, {@code null} until a run does. */
	private Long appliedBillId;

	@Version
	private long version;

	public Adjustment(long billId, long accountId, Kind kind, Money amount, String reason, String requestedBy,
			Instant requestedAt) {
		super(requestedBy, requestedAt);
		this.billId = billId;
		this.accountId = accountId;
		this.kind = kind;
		this.amount = amount;
		this.reason = reason;
	}

}
