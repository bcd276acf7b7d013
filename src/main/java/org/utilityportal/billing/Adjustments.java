package org.utilityportal.billing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.billing.internal.BillStore;
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

	private final JdbcClient jdbc;

	private final BillStore bills;

	private final Clock clock;

	/** Asks for a correction of a bill. */
	@Transactional
	public void request(String billNumber, boolean credit, Money amount, String reason, PortalPrincipal by) {
		BillView bill = this.bills.byNumber(billNumber).orElseThrow(() -> new NotFoundException("Bill"));
		this.jdbc
			.sql("""
					insert into bill_adjustment (bill_id, account_id, kind, amount, reason, requested_by, requested_at, status)
					values (?, ?, ?, ?, ?, ?, ?, 'REQUESTED')
					""")
			.params(bill.id(), bill.accountId(), credit ? "CREDIT" : "DEBIT", amount.amount(), reason.strip(),
					by.username(), OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
	}

	/** Corrections waiting for a decision, oldest first. */
	@Transactional(readOnly = true)
	public List<AdjustmentView> pending() {
		return this.bills.adjustments("j.status = 'REQUESTED'").reversed();
	}

	/**
	 * Approves or rejects a correction.
	 * @return the message key of the refusal, or {@code null} when decided
	 */
	@Transactional
	public String decide(long adjustmentId, long version, boolean approve, PortalPrincipal by) {
		AdjustmentView adjustment = this.bills.adjustments("j.id = ?", adjustmentId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Adjustment"));
		if (adjustment.requestedBy().equals(by.username())) {
			return "adjustment.error.ownRequest";
		}
		int updated = this.jdbc.sql("""
				update bill_adjustment set status = ?, decided_by = ?, decided_at = ?, version = version + 1
				where id = ? and version = ? and status = 'REQUESTED'
				""")
			.params(approve ? "APPROVED" : "REJECTED", by.username(),
					OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), adjustmentId, version)
			.update();
		if (updated != 1) {
			throw new StaleEditException("Adjustment " + adjustmentId);
		}
		return null;
	}

}
