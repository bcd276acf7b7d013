package org.utilityportal.billing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.billing.internal.BillExplainer;
import org.utilityportal.billing.internal.BillStore;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;
import org.utilityportal.tariff.ChargeLine;

/**
 * Reading bills: a customer reads only their own (anything else is "not found"); staff
 * reads are written to the access log.
 */
@Service
@RequiredArgsConstructor
public class Bills {

	/** How many bills the usage history shows. */
	public static final int HISTORY = 24;

	private final BillStore store;

	private final ServiceAccounts accounts;

	private final AccessLog accessLog;

	/** A bill of this customer, with everything its page shows. */
	@Transactional(readOnly = true)
	public BillPage forCustomer(long customerId, String billNumber) {
		BillView bill = this.store.byNumber(billNumber)
			.filter((found) -> found.customerId() == customerId)
			.orElseThrow(() -> new NotFoundException("Bill"));
		return page(bill);
	}

	/** A bill for a member of staff; the view is logged. */
	@Transactional
	public BillPage forStaff(String billNumber, PortalPrincipal staff, AccessChannel channel) {
		BillView bill = this.store.byNumber(billNumber).orElseThrow(() -> new NotFoundException("Bill"));
		this.accessLog.record(staff, AccessAction.VIEW, channel, bill.customerId(), null, "bill " + billNumber);
		return page(bill);
	}

	/** The latest bills of a customer across accounts, newest first, without lines. */
	@Transactional(readOnly = true)
	public List<BillView> ofCustomer(long customerId) {
		return this.store.ofCustomer(customerId, 60);
	}

	/** The latest bills of an account, newest first, without lines. */
	@Transactional(readOnly = true)
	public List<BillView> ofAccount(long accountId) {
		return this.store.recent(accountId, java.time.LocalDate.MAX, HISTORY);
	}

	private BillPage page(BillView bill) {
		List<BillView> recent = this.store.recent(bill.accountId(), bill.periodTo(), HISTORY + 1);
		BillView previous = recent.stream()
			.filter((other) -> other.periodTo().equals(bill.periodFrom()))
			.findFirst()
			.orElse(null);
		BillView lastYear = recent.stream()
			.filter((other) -> other.month().equals(bill.month().minusYears(1)))
			.findFirst()
			.orElse(null);
		Map<Long, List<ChargeLine>> lines = this.store
			.lines(Stream.of(previous, lastYear).filter(java.util.Objects::nonNull).map(BillView::id).toList());
		List<Explanation> explanation = BillExplainer.explain(bill, withLines(previous, lines),
				withLines(lastYear, lines));
		List<BillPage.UsagePoint> history = new ArrayList<>(recent.stream()
			.limit(HISTORY)
			.map((other) -> new BillPage.UsagePoint(other.billNumber(), BillStore.label(other), other.consumption(),
					other.charges(), other.closingSource() == ReadingSource.ESTIMATED))
			.toList());
		history.sort(Comparator.comparing(BillPage.UsagePoint::label));
		return new BillPage(bill, this.accounts.view(bill.accountId()), history, explanation,
				this.store.settlements(bill.id()), this.store.outstanding(bill.id()),
				this.store.adjustments("j.bill_id = ?", bill.id()), this.store.rechecks(bill.id()));
	}

	private static BillView withLines(BillView bill, Map<Long, List<ChargeLine>> lines) {
		if (bill == null) {
			return null;
		}
		return new BillView(bill.id(), bill.billNumber(), bill.accountId(), bill.customerId(), bill.utility(),
				bill.category(), bill.periodFrom(), bill.periodTo(), bill.issuedAt(), bill.dueDate(), bill.openingOn(),
				bill.openingTotal(), bill.openingSource(), bill.closingOn(), bill.closingTotal(), bill.closingSource(),
				bill.consumption(), bill.unit(), bill.yearConsumption(), bill.charges(), bill.previousDue(),
				bill.paidSince(), bill.amountDue(), lines.getOrDefault(bill.id(), List.of()));
	}

}
