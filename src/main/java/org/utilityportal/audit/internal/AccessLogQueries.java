package org.utilityportal.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLogEntry;
import org.utilityportal.audit.AccessLogFilter;

/**
 * Reads the access log (its page and CSV export); every filter is served by an index on
 * time, staff or customer.
 */
@Component
@RequiredArgsConstructor
public class AccessLogQueries {

	private static final String COLUMNS = "select id, occurred_at, staff_id, staff_name, work_number, action, channel, "
			+ "customer_id, field, detail from access_log";

	private final JdbcClient jdbc;

	public List<AccessLogEntry> find(AccessLogFilter filter, Long staffId, ZoneId zone, int offset, int limit) {
		Where where = where(filter, staffId, zone);
		return this.jdbc.sql(COLUMNS + where.sql() + " order by occurred_at desc, id desc limit :limit offset :offset")
			.params(where.params())
			.param("limit", limit)
			.param("offset", offset)
			.query(AccessLogQueries::map)
			.list();
	}

	public void stream(AccessLogFilter filter, Long staffId, ZoneId zone, Consumer<AccessLogEntry> consumer) {
		Where where = where(filter, staffId, zone);
		try (var entries = this.jdbc.sql(COLUMNS + where.sql() + " order by occurred_at desc, id desc")
			.params(where.params())
			.withFetchSize(500)
			.query(AccessLogQueries::map)
			.stream()) {
			entries.forEach(consumer);
		}
	}

	private static Where where(AccessLogFilter filter, Long staffId, ZoneId zone) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.hasStaff()) {
			conditions.add("(staff_id = :staffId or work_number = :staffExact or staff_name like :staffLike)");
			String staff = filter.staff().trim();
			params.put("staffId", (staffId != null) ? staffId : -1L);
			params.put("staffExact", staff);
			params.put("staffLike", "%" + staff.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (filter.customerId() != null) {
			conditions.add("customer_id = :customerId");
			params.put("customerId", filter.customerId());
		}
		if (filter.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
		}
		if (filter.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		String sql = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		return new Where(sql, params);
	}

	private static AccessLogEntry map(ResultSet row, int index) throws SQLException {
		long customerId = row.getLong("customer_id");
		Long customer = row.wasNull() ? null : customerId;
		return new AccessLogEntry(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				row.getLong("staff_id"), row.getString("staff_name"), row.getString("work_number"),
				AccessAction.valueOf(row.getString("action")), AccessChannel.valueOf(row.getString("channel")),
				customer, row.getString("field"), row.getString("detail"));
	}

	private record Where(String sql, Map<String, Object> params) {
	}

}
