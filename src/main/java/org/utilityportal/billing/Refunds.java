package org.utilityportal.billing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.billing.internal.LedgerWriter;
import org.utilityportal.billing.internal.PaymentQueries;
import org.utilityportal.billing.internal.Refund;
import org.utilityportal.billing.internal.RefundRepository;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Refunds of credit. A clerk asks for a refund of at most the account's credit not
 * already asked for (cash at the counter, or a transfer to the customer's bank account);
 * a second person, a supervisor who did not ask, approves or rejects it; a clerk then
 * records the payout with its reference. The payout books a {@link LedgerKind#REFUND}
 * entry that takes the credit back. An approved refund is checked against the credit
 * again when it is paid out.
 */
@Service
@RequiredArgsConstructor
public class Refunds {

	private final RefundRepository refunds;

	private final PaymentQueries queries;

	private final LedgerWriter ledger;

	private final ServiceAccounts accounts;

	private final Clock clock;

	/** Credit that may still be refunded: the credit less the refunds already open. */
	@Transactional(readOnly = true)
	public Money refundable(long accountId) {
		Money credit = this.queries.balance(accountId).negate().max(Money.ZERO);
		Money open = this.refunds.findByAccount(accountId)
			.stream()
			.filter(Refund::isOpen)
			.map(Refund::getAmount)
			.reduce(Money.ZERO, Money::plus);
		return credit.minus(open).max(Money.ZERO);
	}

	/**
	 * Asks for a refund.
	 * @param payeeAccount the customer's bank account for a transfer, {@code null} for
	 * cash
	 * @return the refund number
	 * @throws IllegalArgumentException when the amount is more than the refundable credit
	 */
	@Transactional
	public String request(long accountId, Money amount, boolean cash, String payeeAccount, String reason, String by) {
		this.ledger.lock(accountId);
		if (!amount.isPositive() || amount.compareTo(refundable(accountId)) > 0) {
			throw new IllegalArgumentException("A refund is at most the credit not yet refunded");
		}
		long customerId = this.accounts.view(accountId).customerId();
		Refund refund = new Refund(this.refunds.nextId(), accountId, customerId, amount,
				cash ? Refund.Payout.CASH : Refund.Payout.BANK_TRANSFER, cash ? null : payeeAccount, reason.strip(), by,
				this.clock.instant());
		return this.refunds.saveAndFlush(refund).getRefundNumber();
	}

	/**
	 * A supervisor approves or rejects a refund.
	 * @return the message key of the refusal, or {@code null} when decided
	 */
	@Transactional
	public String decide(String refundNumber, long version, boolean approve, String by) {
		Refund refund = load(refundNumber, version);
		if (by.equals(refund.getRequestedBy())) {
			return "refund.error.ownRequest";
		}
		refund.decide(approve, by, this.clock.instant());
		this.refunds.flush();
		return null;
	}

	/**
	 * Records the payout of an approved refund and books it.
	 * @return the message key of the refusal, or {@code null} when recorded
	 */
	@Transactional
	public String paidOut(String refundNumber, long version, String reference, String by) {
		Refund refund = load(refundNumber, version);
		this.ledger.lock(refund.getAccountId());
		Money credit = this.queries.balance(refund.getAccountId()).negate();
		if (refund.getAmount().compareTo(credit) > 0) {
			return "refund.error.creditGone";
		}
		Instant now = this.clock.instant();
		refund.paidOut(reference.strip(), by, now);
		this.refunds.flush();
		this.ledger.post(new LedgerWriter.Entry(refund.getAccountId(), LedgerKind.REFUND, refund.getAmount(),
				refund.getRefundNumber(), now, by));
		return null;
	}

	/** Refunds asked for or approved, not yet paid out, oldest first. */
	@Transactional(readOnly = true)
	public List<RefundView> open() {
		return this.refunds.findOpen().stream().map(Refunds::view).toList();
	}

	/** An account's refunds, newest first. */
	@Transactional(readOnly = true)
	public List<RefundView> ofAccount(long accountId) {
		return this.refunds.findByAccount(accountId).stream().map(Refunds::view).toList();
	}

	/** One refund. */
	@Transactional(readOnly = true)
	public RefundView refund(String refundNumber) {
		return this.refunds.findByRefundNumber(refundNumber)
			.map(Refunds::view)
			.orElseThrow(() -> new NotFoundException("Refund"));
	}

	private Refund load(String refundNumber, long version) {
		Refund refund = this.refunds.findByRefundNumber(refundNumber)
			.orElseThrow(() -> new NotFoundException("Refund"));
		if (refund.getVersion() != version) {
			throw new StaleEditException("Refund " + refundNumber);
		}
		return refund;
	}

	private static RefundView view(Refund refund) {
		return new RefundView(refund.getRefundNumber(), refund.getAccountId(), refund.getCustomerId(),
				refund.getAmount(), refund.getPayoutMethod() == Refund.Payout.CASH, refund.getPayeeAccount(),
				refund.getReason(), refund.getRequestedBy(), refund.getRequestedAt(), refund.getStatus().name(),
				refund.getDecidedBy(), refund.getDecidedAt(), refund.getPaidBy(), refund.getPaidAt(),
				refund.getPayoutReference(), refund.getVersion());
	}

}
