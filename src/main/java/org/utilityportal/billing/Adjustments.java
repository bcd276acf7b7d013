package org.utilityportal.billing;

import java.time.Clock;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.billing.internal.Adjustment;
import org.utilityportal.billing.internal.AdjustmentRepository;
import org.utilityportal.billing.internal.BillQueries;
import org.utilityportal.billing.internal.Decision;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Corrections of issued bills. Counter staff ask for a credit or debit with a reason; a
 * supervisor who did not ask approves or rejects it; an approved one becomes its own line
 * on the account's next bill. The issued bill itself never changes.
 */
@Service
@RequiredArgsConstructor
public class Adjustments {

	private final AdjustmentRepository adjustments;

	private final BillQueries bills;

	private final Clock clock;

	/** Asks for a correction of a bill. */
	@Transactional
	public void request(String billNumber, boolean credit, Money amount, String reason, PortalPrincipal by) {
		BillView bill = this.bills.byNumberWithoutLines(billNumber).orElseThrow(() -> new NotFoundException("Bill"));
		this.adjustments
			.save(new Adjustment(bill.id(), bill.accountId(), credit ? Adjustment.Kind.CREDIT : Adjustment.Kind.DEBIT,
					amount, reason.strip(), by.username(), this.clock.instant()));
	}

	/** Corrections waiting for a decision, oldest first. */
	@Transactional(readOnly = true)
	public List<AdjustmentView> pending() {
		return this.bills.adjustments("j.status = 'REQUESTED'").reversed();
	}

	/**
	 * Approves or rejects a correction.
	 * @return the message key of the refusal, or {@code null} when decided
	 * @throws StaleEditException when it was decided, or changed, since the supervisor
	 * saw it
	 */
	@Transactional
	public String decide(long adjustmentId, long version, boolean approve, PortalPrincipal by) {
		Adjustment adjustment = this.adjustments.findById(adjustmentId)
			.orElseThrow(() -> new NotFoundException("Adjustment"));
		if (adjustment.getRequestedBy().equals(by.username())) {
			return "adjustment.error.ownRequest";
		}
		if (adjustment.getVersion() != version || adjustment.getStatus() != Decision.REQUESTED) {
			throw new StaleEditException("Adjustment " + adjustmentId);
		}
		adjustment.decide(approve, by.username(), this.clock.instant());
		this.adjustments.flush();
		return null;
	}

}
