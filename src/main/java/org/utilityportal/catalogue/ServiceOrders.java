package org.utilityportal.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;
import org.utilityportal.casework.CaseIntake;
import org.utilityportal.casework.CaseProgress;
import org.utilityportal.casework.IntakeForm;
import org.utilityportal.casework.TrackedCases;
import org.utilityportal.catalogue.internal.CatalogueQueries;
import org.utilityportal.catalogue.internal.OrderQueries;
import org.utilityportal.catalogue.internal.ServiceOrder;
import org.utilityportal.catalogue.internal.ServiceOrderRepository;
import org.utilityportal.catalogue.internal.UploadedFile;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Placing and reading orders for catalogue services. An order is placed under the version
 * of the service in force that day and tracked by a case (registered through
 * {@link CaseIntake}) whose first reply and resolution limits are the service's
 * commitment; the customer follows it on the case's timeline, and its resolution brings
 * the return visit. The order with its documents is an aggregate
 * ({@code internal.ServiceOrder}); where its case stands is read from casework
 * ({@link TrackedCases}), its account's number from the customer module. Checks are
 * {@link OrderValidation}'s, staff views {@link OrderAccess}'s, the supervisors' table
 * {@link OrderCommitmentReport}'s.
 */
@Service
@RequiredArgsConstructor
public class ServiceOrders {

	private final ServiceOrderRepository repository;

	private final OrderQueries queries;

	private final CatalogueQueries catalogue;

	private final CaseIntake intake;

	private final TrackedCases cases;

	private final ServiceAccounts accounts;

	private final Clock clock;

	/** The customer's open accounts a service can be ordered for. */
	@Transactional(readOnly = true)
	public List<ServiceAccountView> accountsFor(CatalogueEntry entry, long customerId) {
		return this.accounts.ofCustomer(customerId)
			.stream()
			.filter((account) -> account.isOpen() && account.utility() == entry.utility())
			.toList();
	}

	/** A new order form: the first suitable account, its address and its area. */
	@Transactional(readOnly = true)
	public OrderForm newForm(CatalogueEntry entry, long customerId) {
		OrderForm form = new OrderForm();
		accountsFor(entry, customerId).stream().findFirst().ifPresent((account) -> {
			form.setAccountNumber(account.accountNumber());
			form.setPlace(account.serviceAddress());
			form.setArea(areaOf(account));
		});
		return form;
	}

	/**
	 * Places an order for a customer from a form {@link OrderValidation} accepted, with
	 * the documents given and the paper originals a clerk saw; the same form token
	 * returns the first order.
	 * @return the order's id
	 */
	@Transactional
	public long place(CatalogueEntry entry, OrderForm form, long customerId, PortalPrincipal by,
			Map<Integer, MultipartFile> files) {
		Optional<Long> earlier = byToken(form.getToken());
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Instant now = this.clock.instant();
		ServiceAccountView account = null;
		if (StringUtils.hasText(form.getAccountNumber())) {
			account = this.accounts.ownedBy(customerId, form.getAccountNumber().strip().toUpperCase(Locale.ROOT));
		}
		if (!by.role().isStaff()) {
			form.setArea((account != null) ? areaOf(account) : Area.URBAN);
		}
		String caseNumber = this.intake.registerOrder(intake(entry, form, customerId, account, now),
				entry.definition().commitment(form.getArea()), by);
		ServiceOrder order = new ServiceOrder(new ServiceOrder.Placed(entry.serviceId(), entry.versionId(),
				this.cases.idOf(caseNumber), customerId, (account != null) ? account.id() : null), form.getArea(),
				form.getToken(), by.username(), now);
		for (int i = 0; i < entry.definition().getDocuments().size(); i++) {
			MultipartFile file = files.get(i);
			if (file != null && !file.isEmpty()) {
				order.attach(i, UploadedFile.of(file));
			}
			else if (form.getPaperSeen().contains(i) && by.role().isStaff()) {
				order.paperSeen(i);
			}
		}
		return this.repository.save(order).getId();
	}

	/** The order placed with a form token, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> byToken(UUID token) {
		return this.repository.findIdByToken(token);
	}

	/** A customer's orders, newest first. */
	@Transactional(readOnly = true)
	public List<OrderView> ofCustomer(long customerId) {
		return views(this.queries.ofCustomer(customerId));
	}

	/**
	 * The orders of a service placed in a period, newest first (the dashboard's
	 * drill-down), at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<OrderView> ofService(String code, Instant from, Instant to, int limit) {
		return views(this.queries.ofService(code, from, to, limit));
	}

	/** One of the customer's own orders; another customer's answers "not found". */
	@Transactional(readOnly = true)
	public OrderView mine(long orderId, long customerId) {
		OrderView order = order(orderId);
		if (order.customerId() == null || order.customerId() != customerId) {
			throw new NotFoundException("Order " + orderId);
		}
		return order;
	}

	/** One order with its documents, unchecked (for {@link OrderAccess}). */
	OrderView order(long orderId) {
		OrderQueries.OrderRow row = this.queries.find(orderId)
			.orElseThrow(() -> new NotFoundException("Order " + orderId));
		return views(List.of(row), this.queries.documents(orderId)).getFirst();
	}

	private List<OrderView> views(List<OrderQueries.OrderRow> rows) {
		return views(rows, List.of());
	}

	/** The orders with their cases and account numbers: one statement for each. */
	private List<OrderView> views(List<OrderQueries.OrderRow> rows, List<OrderView.OrderDocument> documents) {
		Map<Long, CaseProgress> progress = this.cases
			.progress(rows.stream().map(OrderQueries.OrderRow::caseId).toList());
		Map<Long, String> numbers = this.accounts
			.numbers(rows.stream().map(OrderQueries.OrderRow::accountId).filter((id) -> id != null).toList());
		Map<Long, CatalogueEntry> versions = new HashMap<>();
		return rows.stream().map((row) -> {
			CaseProgress c = progress.get(row.caseId());
			CatalogueEntry entry = versions.computeIfAbsent(row.versionId(),
					(id) -> this.catalogue.version(id).orElseThrow());
			return new OrderView(row.id(), c.number(), entry, row.customerId(),
					(row.accountId() != null) ? numbers.get(row.accountId()) : null, row.area(), row.orderedBy(),
					row.orderedAt(), c.status(), c.firstReplyDueAt(), c.resolutionDueAt(), c.firstRepliedAt(),
					c.resolvedAt(), c.late(), documents);
		}).toList();
	}

	private IntakeForm intake(CatalogueEntry entry, OrderForm form, long customerId, ServiceAccountView account,
			Instant now) {
		ServiceDefinition definition = entry.definition();
		IntakeForm intake = new IntakeForm();
		intake.setChannel(form.getChannel());
		intake.setNature(definition.getNature());
		intake.setSubject(definition.getSubject());
		intake.setUtility(entry.utility());
		intake.setCustomerId(customerId);
		intake.setAccountNumber((account != null) ? account.accountNumber() : null);
		intake.setContactPhone(StringUtils.hasText(form.getContactPhone()) ? form.getContactPhone().strip() : null);
		intake.setOccurredAt(LocalDateTime.ofInstant(now, this.clock.getZone()));
		intake.setPlace(form.getPlace().strip());
		String summary = definition.getNameZh() + " / " + definition.getNameEn();
		intake.setSummary(summary.substring(0, Math.min(200, summary.length())));
		intake.setDetails(form.getDetails().strip());
		return intake;
	}

	/** Rural price categories are served as rural areas; everything else as a city. */
	static Area areaOf(ServiceAccountView account) {
		return (account.tariffCategory() == TariffCategory.AGRICULTURAL) ? Area.RURAL : Area.URBAN;
	}

}
