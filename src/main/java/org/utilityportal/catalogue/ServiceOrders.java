package org.utilityportal.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.casework.CaseIntake;
import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.IntakeForm;
import org.utilityportal.catalogue.internal.CatalogueQueries;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Orders for catalogue services. An order is placed under the version of the service in
 * force that day and tracked by a case (registered through {@link CaseIntake}) whose
 * first reply and resolution limits are the service's commitment; the customer follows it
 * on the case's timeline, and its resolution brings the return visit. Documents are kept
 * in the database: PDF, JPEG or PNG (recognised by their first bytes, not by the name),
 * at most 5 MB each; at the counter a clerk may record instead that they saw the paper
 * original.
 */
@Service
@RequiredArgsConstructor
public class ServiceOrders {

	/** The largest document accepted. */
	public static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

	private static final Map<String, byte[]> DOCUMENT_TYPES = new LinkedHashMap<>();

	static {
		DOCUMENT_TYPES.put("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' });
		DOCUMENT_TYPES.put("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });
		DOCUMENT_TYPES.put("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
	}

	private static final String ORDER_COLUMNS = """
			o.id, c.number, o.version_id, o.customer_id, a.account_number, o.area, o.ordered_by, o.ordered_at,
			c.status, c.first_reply_due_at, c.resolution_due_at, c.first_replied_at, c.resolved_at,
			(c.first_reply_late or c.resolution_late) as late
			from service_order o
			join service_case c on c.id = o.case_id
			left join service_account a on a.id = o.account_id
			""";

	private final CatalogueQueries store;

	private final CaseIntake intake;

	private final ServiceAccounts accounts;

	private final AccessLog accessLog;

	private final JdbcClient jdbc;

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
	 * Checks what spans fields; problems with documents come back by the document's place
	 * in the list (message keys), for the page to show next to each file.
	 */
	@Transactional(readOnly = true)
	public Map<Integer, String> validate(CatalogueEntry entry, OrderForm form, long customerId, boolean byStaff,
			Map<Integer, MultipartFile> files, Errors errors) {
		ServiceDefinition definition = entry.definition();
		if (StringUtils.hasText(form.getAccountNumber())) {
			String number = form.getAccountNumber().strip().toUpperCase(Locale.ROOT);
			if (accountsFor(entry, customerId).stream()
				.noneMatch((account) -> account.accountNumber().equals(number))) {
				errors.rejectValue("accountNumber", "order.validation.account");
			}
		}
		else if (definition.isNeedsAccount()) {
			errors.rejectValue("accountNumber", "order.validation.accountRequired");
		}
		if (!definition.getBlockers().isEmpty() && !form.isBlockersChecked()) {
			errors.rejectValue("blockersChecked", "order.validation.blockers");
		}
		Map<Integer, String> problems = new HashMap<>();
		List<ServiceDefinition.DocumentRequirement> documents = definition.getDocuments();
		for (int i = 0; i < documents.size(); i++) {
			MultipartFile file = files.get(i);
			boolean given = file != null && !file.isEmpty();
			if (given) {
				if (file.getSize() > MAX_DOCUMENT_BYTES) {
					problems.put(i, "order.document.tooLarge");
				}
				else if (typeOf(head(file)).isEmpty()) {
					problems.put(i, "order.document.type");
				}
			}
			else if (documents.get(i).isRequired() && !(byStaff && form.getPaperSeen().contains(i))) {
				problems.put(i, "order.document.required");
			}
		}
		return problems;
	}

	/**
	 * Places an order for a customer; the same form token returns the first order.
	 * @return the order's id
	 */
	@Transactional
	public long place(CatalogueEntry entry, OrderForm form, long customerId, PortalPrincipal by,
			Map<Integer, MultipartFile> files) {
		Optional<Long> earlier = byToken(form.getToken());
		if (earlier.isPresent()) {
			return earlier.get();
		}
		ServiceDefinition definition = entry.definition();
		Instant now = this.clock.instant();
		IntakeForm intake = new IntakeForm();
		intake.setChannel(form.getChannel());
		intake.setNature(definition.getNature());
		intake.setSubject(definition.getSubject());
		intake.setUtility(entry.utility());
		intake.setCustomerId(customerId);
		Long accountId = null;
		if (!by.role().isStaff()) {
			form.setArea(Area.URBAN);
		}
		if (StringUtils.hasText(form.getAccountNumber())) {
			ServiceAccountView account = this.accounts.ownedBy(customerId,
					form.getAccountNumber().strip().toUpperCase(Locale.ROOT));
			intake.setAccountNumber(account.accountNumber());
			accountId = account.id();
			if (!by.role().isStaff()) {
				form.setArea(areaOf(account));
			}
		}
		intake.setContactPhone(StringUtils.hasText(form.getContactPhone()) ? form.getContactPhone().strip() : null);
		intake.setOccurredAt(LocalDateTime.ofInstant(now, this.clock.getZone()));
		intake.setPlace(form.getPlace().strip());
		String summary = definition.getNameZh() + " / " + definition.getNameEn();
		intake.setSummary(summary.substring(0, Math.min(200, summary.length())));
		intake.setDetails(form.getDetails().strip());
		String caseNumber = this.intake.registerOrder(intake, definition.commitment(form.getArea()), by);
		long caseId = this.jdbc.sql("select id from service_case where number = ?")
			.param(caseNumber)
			.query(Long.class)
			.single();
		long orderId = this.jdbc.sql("""
				insert into service_order (case_id, service_id, version_id, customer_id, account_id, area, token,
				    ordered_by, ordered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(caseId, entry.serviceId(), entry.versionId(), customerId, accountId, form.getArea().name(),
					form.getToken(), by.username(), utc(now))
			.query(Long.class)
			.single();
		List<ServiceDefinition.DocumentRequirement> documents = definition.getDocuments();
		for (int i = 0; i < documents.size(); i++) {
			MultipartFile file = files.get(i);
			if (file != null && !file.isEmpty()) {
				byte[] content = bytes(file);
				this.jdbc.sql("""
						insert into service_order_document (order_id, requirement, file_name, content_type,
						    size_bytes, content, sha256, added_by, added_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
					.params(orderId, i, fileName(file), typeOf(content).orElseThrow(), content.length, content,
							sha256(content), by.username(), utc(now))
					.update();
			}
			else if (form.getPaperSeen().contains(i) && by.role().isStaff()) {
				this.jdbc.sql("""
						insert into service_order_document (order_id, requirement, paper_seen, added_by, added_at)
						values (?, ?, true, ?, ?)
						""").params(orderId, i, by.username(), utc(now)).update();
			}
		}
		return orderId;
	}

	/** The order placed with a form token, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> byToken(UUID token) {
		return this.jdbc.sql("select id from service_order where token = ?").param(token).query(Long.class).optional();
	}

	/** A customer's orders, newest first. */
	@Transactional(readOnly = true)
	public List<OrderView> ofCustomer(long customerId) {
		Map<Long, CatalogueEntry> versions = new HashMap<>();
		return this.jdbc
			.sql("select " + ORDER_COLUMNS + " where o.customer_id = ? order by o.ordered_at desc, o.id desc")
			.param(customerId)
			.query((row, index) -> order(row, versions, List.of()))
			.list();
	}

	/**
	 * The orders of a service registered in a period, newest first (the dashboard's
	 * drill-down), at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<OrderView> ofService(String code, Instant from, Instant to, int limit) {
		Map<Long, CatalogueEntry> versions = new HashMap<>();
		return this.jdbc.sql("select " + ORDER_COLUMNS + """
				join catalogue_service s on s.id = o.service_id
				where s.code = ? and c.registered_at >= ? and c.registered_at < ?
				order by c.registered_at desc, o.id desc limit ?
				""")
			.params(code, utc(from), utc(to), limit)
			.query((row, index) -> order(row, versions, List.of()))
			.list();
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

	/** An order as staff see it; the view of the customer's order is logged. */
	@Transactional
	public OrderView seenBy(long orderId, PortalPrincipal staff, AccessChannel channel) {
		OrderView order = order(orderId);
		if (order.customerId() != null) {
			this.accessLog.record(staff, AccessAction.VIEW, channel, order.customerId(), null,
					"service order " + order.caseNumber());
		}
		return order;
	}

	/** A document's file, for the order's customer or for staff (logged). */
	@Transactional
	public StoredFile file(long orderId, long documentId, PortalPrincipal by) {
		OrderView order = by.role().isStaff() ? seenBy(orderId, by, AccessChannel.WEB)
				: mine(orderId, by.requireCustomerId());
		return this.jdbc
			.sql("select file_name, content_type, content from service_order_document "
					+ "where id = ? and order_id = ? and content is not null")
			.params(documentId, order.id())
			.query((row, index) -> new StoredFile(row.getString("file_name"), row.getString("content_type"),
					row.getBytes("content")))
			.optional()
			.orElseThrow(() -> new NotFoundException("Document " + documentId));
	}

	/**
	 * Orders registered in a period against their commitments, per service (in catalogue
	 * order): done in time, done late, open in time, open and overdue.
	 */
	@Transactional(readOnly = true)
	public List<CommitmentRow> commitments(Instant from, Instant to) {
		Map<Long, CatalogueEntry> current = new HashMap<>();
		this.store.inForce(LocalDateTime.ofInstant(this.clock.instant(), this.clock.getZone()).toLocalDate())
			.forEach((entry) -> current.put(entry.serviceId(), entry));
		return this.jdbc.sql("""
				select s.id, s.code, s.utility, count(c.id) as orders,
				    count(c.id) filter (where c.status in ('RESOLVED', 'CLOSED')
				        and not (c.first_reply_late or c.resolution_late)) as done_in_time,
				    count(c.id) filter (where c.status in ('RESOLVED', 'CLOSED')
				        and (c.first_reply_late or c.resolution_late)) as done_late,
				    count(c.id) filter (where c.status not in ('RESOLVED', 'CLOSED')
				        and not (c.first_reply_late or c.resolution_late)) as open_in_time,
				    count(c.id) filter (where c.status not in ('RESOLVED', 'CLOSED')
				        and (c.first_reply_late or c.resolution_late)) as open_late
				from catalogue_service s
				left join service_order o on o.service_id = s.id
				left join service_case c on c.id = o.case_id and c.registered_at >= ? and c.registered_at < ?
				group by s.id, s.code, s.utility, s.position
				order by s.position
				""")
			.params(utc(from), utc(to))
			.query((row, index) -> new CommitmentRow(row.getString("code"),
					org.utilityportal.shared.domain.Utility.valueOf(row.getString("utility")),
					current.get(row.getLong("id")), row.getLong("orders"), row.getLong("done_in_time"),
					row.getLong("done_late"), row.getLong("open_in_time"), row.getLong("open_late")))
			.list();
	}

	private OrderView order(long orderId) {
		List<OrderView.OrderDocument> documents = this.jdbc.sql("""
				select id, requirement, file_name, content_type, size_bytes, paper_seen, added_by
				from service_order_document where order_id = ? order by requirement
				""")
			.param(orderId)
			.query((row, index) -> new OrderView.OrderDocument(row.getLong("id"), row.getInt("requirement"),
					row.getString("file_name"), row.getString("content_type"), (Integer) row.getObject("size_bytes"),
					row.getBoolean("paper_seen"), row.getString("added_by")))
			.list();
		return this.jdbc.sql("select " + ORDER_COLUMNS + " where o.id = ?")
			.param(orderId)
			.query((row, index) -> order(row, new HashMap<>(), documents))
			.optional()
			.orElseThrow(() -> new NotFoundException("Order " + orderId));
	}

	private OrderView order(ResultSet row, Map<Long, CatalogueEntry> versions, List<OrderView.OrderDocument> documents)
			throws SQLException {
		CatalogueEntry entry = versions.computeIfAbsent(row.getLong("version_id"),
				(id) -> this.store.version(id).orElseThrow());
		return new OrderView(row.getLong("id"), row.getString("number"), entry, (Long) row.getObject("customer_id"),
				row.getString("account_number"), Area.valueOf(row.getString("area")), row.getString("ordered_by"),
				instant(row, "ordered_at"), CaseStatus.valueOf(row.getString("status")),
				instant(row, "first_reply_due_at"), instant(row, "resolution_due_at"), instant(row, "first_replied_at"),
				instant(row, "resolved_at"), row.getBoolean("late"), documents);
	}

	/** Rural price categories are served as rural areas; everything else as a city. */
	static Area areaOf(ServiceAccountView account) {
		return (account.tariffCategory() == TariffCategory.AGRICULTURAL) ? Area.RURAL : Area.URBAN;
	}

	static Optional<String> typeOf(byte[] content) {
		return DOCUMENT_TYPES.entrySet()
			.stream()
			.filter((type) -> content.length >= type.getValue().length
					&& Arrays.equals(content, 0, type.getValue().length, type.getValue(), 0, type.getValue().length))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/** The first bytes of a file, enough to recognise its type. */
	private static byte[] head(MultipartFile file) {
		try (var in = file.getInputStream()) {
			return in.readNBytes(8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fileName(MultipartFile file) {
		String name = StringUtils.getFilename(file.getOriginalFilename());
		if (!StringUtils.hasText(name)) {
			return "document";
		}
		name = name.replaceAll("[\\p{Cntrl}\"\\\\/]", "_").strip();
		return name.substring(0, Math.min(200, name.length()));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	/**
	 * A stored document.
	 *
	 * @param fileName the name it was uploaded with
	 * @param contentType its type as recognised
	 * @param content the bytes
	 */
	public record StoredFile(String fileName, String contentType, byte[] content) {
	}

	/**
	 * A service's orders in a period against its commitment.
	 *
	 * @param code the service
	 * @param utility its utility
	 * @param entry the version in force today (for its name), {@code null} if withdrawn
	 * @param orders orders registered in the period
	 * @param doneInTime completed within every promise
	 * @param doneLate completed, a promise missed
	 * @param openInTime not completed, no promise missed yet
	 * @param openLate not completed, a promise missed
	 */
	public record CommitmentRow(String code, org.utilityportal.shared.domain.Utility utility, CatalogueEntry entry,
			long orders, long doneInTime, long doneLate, long openInTime, long openLate) {

		/**
		 * Share of completed orders done in time, in percent, or {@code null} when none.
		 */
		public Double inTimePercent() {
			long done = this.doneInTime + this.doneLate;
			return (done == 0) ? null : 100.0 * this.doneInTime / done;
		}

	}

}
