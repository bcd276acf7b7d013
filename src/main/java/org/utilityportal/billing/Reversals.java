package org.utilityportal.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.billing.internal.LedgerWriter;
import org.utilityportal.billing.internal.Payment;
import org.utilityportal.billing.internal.PaymentRepository;
import org.utilityportal.billing.internal.PaymentReversal;
import org.utilityportal.billing.internal.PaymentReversalRepository;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Reversing a wrong counter payment (冲正). A clerk asks with a reason on the day the
 * payment was taken; a supervisor who did not ask approves it that same day. Approval
 * marks the payment reversed: every allocation it made stops counting, so the bills (and
 * the units) it paid for are unpaid again by exactly what it allocated, and a
 * {@link LedgerKind#REVERSAL} entry raises the balance by the payment's amount. Only
 * cash, card and transfer payments are reversed; money from a provider or a bank is put
 * right with them (reconciliation).
 */
@Service
@RequiredArgsConstructor
public class Reversals {

	private final PaymentReversalRepository reversals;

	private final PaymentRepository payments;

	private final LedgerWriter ledger;

	private final Clock clock;

	/**
	 * A clerk asks for a reversal.
	 * @return the message key of the refusal, or {@code null} when asked
	 */
	@Transactional
	public String request(String receiptNumber, String reason, String by) {
		Payment payment = this.payments.findByReceiptNumber(receiptNumber)
			.orElseThrow(() -> new NotFoundException("Receipt"));
		String refusal = refusal(payment);
		if (refusal != null) {
			return refusal;
		}
		try {
			this.reversals.saveAndFlush(new PaymentReversal(payment.getId(), reason.strip(), by, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			return "reversal.error.pending";
		}
		return null;
	}

	/** Reversals waiting for a supervisor, oldest first. */
	@Transactional(readOnly = true)
	public List<ReversalView> pending() {
		return this.reversals.findRequested().stream().map(this::view).toList();
	}

	/** The reversal requests of a payment, newest first. */
	@Transactional(readOnly = true)
	public List<ReversalView> ofReceipt(String receiptNumber) {
		return this.payments.findByReceiptNumber(receiptNumber)
			.map((payment) -> this.reversals.findByPayment(payment.getId()).stream().map(this::view).toList())
			.orElse(List.of());
	}

	/**
	 * A supervisor approves or rejects a reversal.
	 * @return the message key of the refusal, or {@code null} when decided
	 * @throws StaleEditException when it changed since the supervisor saw it
	 */
	@Transactional
	public String decide(long reversalId, long version, boolean approve, String by) {
		PaymentReversal reversal = this.reversals.findById(reversalId)
			.orElseThrow(() -> new NotFoundException("Reversal"));
		if (reversal.getVersion() != version) {
			throw new StaleEditException("Reversal " + reversalId);
		}
		if (by.equals(reversal.getRequestedBy())) {
			return "reversal.error.ownRequest";
		}
		Payment payment = this.payments.findById(reversal.getPaymentId()).orElseThrow();
		Instant now = this.clock.instant();
		if (approve && !sameDay(payment.getPaidAt(), now)) {
			return "reversal.error.notSameDay";
		}
		reversal.decide(approve, by, now);
		if (approve) {
			this.ledger.lock(payment.getAccountId());
			payment.reverse(now, by);
			this.payments.flush();
			this.ledger.post(new LedgerWriter.Entry(payment.getAccountId(), LedgerKind.REVERSAL, payment.getAmount(),
					payment.getReceiptNumber(), now, by));
		}
		this.reversals.flush();
		return null;
	}

	private String refusal(Payment payment) {
		if (!PaymentMethod.COUNTER.contains(payment.getMethod())) {
			return "reversal.error.notCounter";
		}
		if (payment.isReversed()) {
			return "reversal.error.reversed";
		}
		if (!sameDay(payment.getPaidAt(), this.clock.instant())) {
			return "reversal.error.notSameDay";
		}
		Optional<PaymentReversal> standing = this.reversals.findStanding(payment.getId());
		return standing.isPresent() ? "reversal.error.pending" : null;
	}

	private boolean sameDay(Instant paidAt, Instant now) {
		return LocalDate.ofInstant(paidAt, this.clock.getZone()).equals(LocalDate.ofInstant(now, this.clock.getZone()));
	}

	private ReversalView view(PaymentReversal reversal) {
		Payment payment = this.payments.findById(reversal.getPaymentId()).orElseThrow();
		return new ReversalView(reversal.getId(), payment.getReceiptNumber(), payment.getAccountId(),
				payment.getAmount(), payment.getMethod(), payment.getPaidAt(), payment.getReceivedBy(),
				reversal.getReason(), reversal.getRequestedBy(), reversal.getRequestedAt(), reversal.getStatus().name(),
				reversal.getDecidedBy(), reversal.getDecidedAt(), reversal.getVersion());
	}

}
