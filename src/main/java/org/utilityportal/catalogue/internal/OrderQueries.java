package org.utilityportal.catalogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.catalogue.Area;
import org.utilityportal.catalogue.OrderFile;
import org.utilityportal.catalogue.OrderView;

/**
 * Orders as pages, the API and the supervisors' report read them: the catalogue's own
 * rows only (where each case stands comes from casework, the account numbers from the
 * customer module).
 */
@Component
@RequiredArgsConstructor
public class OrderQueries {

	private static final String ROW = """
			select o.id, o.case_id, o.version_id, o.customer_id, o.account_id, o.area, o.ordered_by, o.ordered_at
			from service_order o
			""";

	private final JdbcClient jdbc;

	/** One order. */
	public Optional<OrderRow> find(long orderId) {
		return this.jdbc.sql(ROW + " where o.id = ?").param(orderId).query(OrderQueries::row).optional();
	}

	/** A customer's orders, newest first. */
	public List<OrderRow> ofCustomer(long customerId) {
		return this.jdbc.sql(ROW + " where o.customer_id = ? order by o.ordered_at desc, o.id desc")
			.param(customerId)
			.query(OrderQueries::row)
			.list();
	}

	/**
	 * The orders of a service placed in {@code [from, to)}, newest first, at most
	 * {@code limit}.
	 */
	public List<OrderRow> ofService(String code, Instant from, Instant to, int limit) {
		return this.jdbc.sql(ROW + """
				join catalogue_service s on s.id = o.service_id
				where s.code = ? and o.ordered_at >= ? and o.ordered_at < ?
				order by o.ordered_at desc, o.id desc limit ?
				""").params(code, utc(from), utc(to), limit).query(OrderQueries::row).list();
	}

	/** The documents of an order, by requirement (without their content). */
	public List<OrderView.OrderDocument> documents(long orderId) {
		return this.jdbc.sql("""
				select id, requirement, file_name, content_type, size_bytes, paper_seen, added_by
				from service_order_document where order_id = ? order by requirement
				""")
			.param(orderId)
			.query((row, index) -> new OrderView.OrderDocument(row.getLong("id"), row.getInt("requirement"),
					row.getString("file_name"), row.getString("content_type"), (Integer) row.getObject("size_bytes"),
					row.getBoolean("paper_seen"), row.getString("added_by")))
			.list();
	}

	/** A document's file (not a paper original). */
	public Optional<OrderFile> file(long orderId, long documentId) {
		return this.jdbc
			.sql("select file_name, content_type, content from service_order_document "
					+ "where id = ? and order_id = ? and content is not null")
			.params(documentId, orderId)
			.query((row, index) -> new OrderFile(row.getString("file_name"), row.getString("content_type"),
					row.getBytes("content")))
			.optional();
	}

	/** The cases of the orders placed in {@code [from, to)}, each with its service. */
	public Map<Long, Long> serviceOfCases(Instant from, Instant to) {
		Map<Long, Long> services = new LinkedHashMap<>();
		this.jdbc.sql("select case_id, service_id from service_order where ordered_at >= ? and ordered_at < ?")
			.params(utc(from), utc(to))
			.query((row) -> {
				services.put(row.getLong("case_id"), row.getLong("service_id"));
			});
		return services;
	}

	private static OrderRow row(ResultSet row, int index) throws SQLException {
		return new OrderRow(row.getLong("id"), row.getLong("case_id"), row.getLong("version_id"),
				(Long) row.getObject("customer_id"), (Long) row.getObject("account_id"),
				Area.valueOf(row.getString("area")), row.getString("ordered_by"),
				row.getObject("ordered_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	/**
	 * An order's own columns.
	 *
	 * @param id the order
	 * @param caseId the case tracking it
	 * @param versionId the service version it was placed under
	 * @param customerId the customer, when known
	 * @param accountId the account, when the service is for one
	 * @param area where the service is delivered
	 * @param orderedBy who placed it
	 * @param orderedAt when
	 */
	public record OrderRow(long id, long caseId, long versionId, Long customerId, Long accountId, Area area,
			String orderedBy, Instant orderedAt) {
	}

}
