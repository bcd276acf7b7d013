package org.utilityportal.billing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.billing.internal.BillExplainer;
import org.utilityportal.billing.internal.BillQueries;
import org.utilityportal.billing.internal.BillSinceQueries;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;
import org.utilityportal.tariff.ChargeLine;

/**
 * Reading bills: a customer reads only their own (anything else is "not found"); staff
 * reads are written to the access log.
 */
@Service
public class Bills {

	/** How many bills the usage history shows. */
	public static final int HISTORY = 24;

	private final BillQueries queries;

	private final BillSinceQueries since;

	private final ServiceAccounts accounts;

	private final AccessLog accessLog;

	/**
	 * Issued bills read recently, by number. An issued bill never changes, so an entry is
	 * never stale; the size bounds the memory (about 5 KB a bill).
	 */
	private final Cache<String, IssuedBill> issuedBills;

	public Bills(BillQueries queries, BillSinceQueries since, ServiceAccounts accounts, AccessLog accessLog,
			@Value("${portal.billing.page-cache-size:10000}") long pageCacheSize) {
		this.queries = queries;
		this.since = since;
		this.accounts = accounts;
		this.accessLog = accessLog;
		this.issuedBills = Caffeine.newBuilder().maximumSize(pageCacheSize).build();
	}

	/** A bill of this customer, with everything its page shows. */
	@Transactional(readOnly = true)
	public BillPage forCustomer(long customerId, String billNumber) {
		IssuedBill issued = issued(billNumber).filter((found) -> found.bill().customerId() == customerId)
			.orElseThrow(() -> new NotFoundException("Bill"));
		return page(issued);
	}

	/** A bill for a member of staff; the view is logged. */
	@Transactional
	public BillPage forStaff(String billNumber, PortalPrincipal staff, AccessChannel channel) {
		IssuedBill issued = issued(billNumber).orElseThrow(() -> new NotFoundException("Bill"));
		this.accessLog.record(staff, AccessAction.VIEW, channel, issued.bill().customerId(), null,
				"bill " + billNumber);
		return page(issued);
	}

	/** The latest bills of a customer across accounts, newest first, without lines. */
	@Transactional(readOnly = true)
	public List<BillView> ofCustomer(long customerId) {
		return this.queries.ofCustomer(customerId, 60);
	}

	/** The latest bills of an account, newest first, without lines. */
	@Transactional(readOnly = true)
	public List<BillView> ofAccount(long accountId) {
		return this.queries.recent(accountId, java.time.LocalDate.MAX, HISTORY);
	}

	/**
	 * What a bill's page shows that can never change once the bill is issued (the bill,
	 * its lines, the usage history up to it and the comparison with earlier bills), from
	 * memory when it was read recently.
	 */
	private Optional<IssuedBill> issued(String billNumber) {
		IssuedBill cached = this.issuedBills.getIfPresent(billNumber);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<IssuedBill> issued = this.queries.byNumberWithoutLines(billNumber).map(this::issued);
		issued.ifPresent((bill) -> this.issuedBills.put(billNumber, bill));
		return issued;
	}

	private IssuedBill issued(BillView withoutLines) {
		List<BillView> recent = this.queries.recent(withoutLines.accountId(), withoutLines.periodTo(), HISTORY + 1);
		BillView previous = recent.stream()
			.filter((other) -> other.periodTo().equals(withoutLines.periodFrom()))
			.findFirst()
			.orElse(null);
		BillView lastYear = recent.stream()
			.filter((other) -> other.month().equals(withoutLines.month().minusYears(1)))
			.findFirst()
			.orElse(null);
		Map<Long, List<ChargeLine>> lines = this.queries.lines(Stream.of(withoutLines, previous, lastYear)
			.filter(java.util.Objects::nonNull)
			.map(BillView::id)
			.toList());
		BillView bill = withLines(withoutLines, lines);
		List<Explanation> explanation = BillExplainer.explain(bill, withLines(previous, lines),
				withLines(lastYear, lines));
		List<BillPage.UsagePoint> history = new ArrayList<>(recent.stream()
			.limit(HISTORY)
			.map((other) -> new BillPage.UsagePoint(other.billNumber(), BillQueries.label(other), other.consumption(),
					other.charges(), other.closingSource() == ReadingSource.ESTIMATED))
			.toList());
		history.sort(Comparator.comparing(BillPage.UsagePoint::label));
		return new IssuedBill(bill, List.copyOf(history), List.copyOf(explanation));
	}

	/**
	 * The page: the issued part and what may have happened since (payments, corrections,
	 * re-checks).
	 */
	private BillPage page(IssuedBill issued) {
		BillView bill = issued.bill();
		BillSinceQueries.BillSince since = this.since.of(bill.id());
		List<BillPage.Settlement> settlements = since.settlements();
		Money paid = settlements.stream()
			.filter((settlement) -> !settlement.reversed())
			.map(BillPage.Settlement::amount)
			.reduce(Money.ZERO, Money::plus);
		Money outstanding = bill.charges().minus(paid).max(Money.ZERO);
		return new BillPage(bill, this.accounts.view(bill.accountId()), issued.history(), issued.explanation(),
				settlements, outstanding, since.adjustments(), since.rechecks());
	}

	private record IssuedBill(BillView bill, List<BillPage.UsagePoint> history, List<Explanation> explanation) {
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
