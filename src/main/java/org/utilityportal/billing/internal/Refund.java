package org.utilityportal.billing.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.utilityportal.shared.money.Money;

/**
 * A refund of an account's credit: asked for with a reason and how it is paid out,
 * approved by a second person, then paid out (recorded with the payout's reference) or
 * rejected. Only the payout moves money.
 */
@Entity
@Table(name = "refund")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Refund extends FourEyesRequest {

	/** How a refund is paid out. */
	public enum Payout {

		CASH, BANK_TRANSFER

	}

	@Id
	private Long id;

	private String refundNumber;

	private long accountId;

	private long customerId;

	private Money amount;

	@Enumerated(EnumType.STRING)
	private Payout payoutMethod;

	private String payeeAccount;

	private String reason;

	private String paidBy;

	private Instant paidAt;

	private String payoutReference;

	@Version
	private Long version;

	public Refund(long id, long accountId, long customerId, Money amount, Payout payoutMethod, String payeeAccount,
			String reason, String requestedBy, Instant requestedAt) {
		super(requestedBy, requestedAt);
		this.id = id;
		this.refundNumber = "F" + String.format("%011d", id);
		this.accountId = accountId;
		this.customerId = customerId;
		this.amount = amount;
		this.payoutMethod = payoutMethod;
		this.payeeAccount = payeeAccount;
		this.reason = reason;
	}

	/**
	 * Records the payout of an approved refund.
	 * @throws IllegalStateException when it is not approved
	 */
	public void paidOut(String reference, String by, Instant at) {
		advance(Decision.APPROVED, Decision.PAID);
		this.payoutReference = reference;
		this.paidBy = by;
		this.paidAt = at;
	}

	/**
	 * Whether it still holds back credit (asked for or approved, not paid or rejected).
	 */
	public boolean isOpen() {
		return getStatus() == Decision.REQUESTED || getStatus() == Decision.APPROVED;
	}

}
