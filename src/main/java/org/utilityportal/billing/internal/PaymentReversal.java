package org.utilityportal.billing.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A request to reverse a wrong counter payment (冲正): a clerk asks with a reason, a
 * supervisor who did not ask approves or rejects it.
 */
@Entity
@Table(name = "payment_reversal")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PaymentReversal extends FourEyesRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long paymentId;

	private String reason;

	@Version
	private long version;

	public PaymentReversal(long paymentId, String reason, String requestedBy, Instant requestedAt) {
		super(requestedBy, requestedAt);
		this.paymentId = paymentId;
		this.reason = reason;
	}

}
