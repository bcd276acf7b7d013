package org.utilityportal.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.casework.CaseFilter;
import org.utilityportal.casework.CaseRow;
import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.Subject;
import org.utilityportal.shared.domain.Utility;

/**
 * Reads of cases for lists and the supervisors' drill-downs, projected straight into
 * records; each filter is served by one of the indexes of V22 (the escalation scan's in
 * {@link DueCaseQueries}).
 */
@Component
@RequiredArgsConstructor
public class CaseQueries {

	private static final String ROW = "select number, registered_at, nature, subject, utility, status, tier, due_at, "
			+ "(first_reply_late or resolution_late) as late, summary, owner_work_number, "
			+ "(repeat_of_id is not null) as repeat from service_case ";

	static final String OPEN = "status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER')";

	private final JdbcClient jdbc;

	public List<CaseRow> ofCustomer(long customerId, int limit) {
		return this.jdbc.sql(ROW + "where customer_id = ? order by registered_at desc limit ?")
			.params(customerId, limit)
			.query(CaseQueries::row)
			.list();
	}

	public List<CaseRow> ofStaff(long userId, int limit) {
		return this.jdbc
			.sql(ROW + "where " + OPEN + " and (owner_id = ? or responsible_id = ?) "
					+ "order by due_at nulls last limit ?")
			.params(userId, userId, limit)
			.query(CaseQueries::row)
			.list();
	}

	public List<CaseRow> unowned(int limit) {
		return this.jdbc.sql(ROW + "where owner_id is null and " + OPEN + " order by registered_at limit ?")
			.param(limit)
			.query(CaseQueries::row)
			.list();
	}

	public List<CaseRow> ofUnit(long unitId, int limit) {
		return this.jdbc.sql(ROW + "where responsible_unit_id = ? and " + OPEN + " order by due_at nulls last limit ?")
			.params(unitId, limit)
			.query(CaseQueries::row)
			.list();
	}

	public List<CaseRow> find(CaseFilter filter, Instant now, ZoneId zone, int offset, int limit) {
		Where where = where(filter, now, zone);
		return this.jdbc.sql(ROW + where.sql() + " order by " + order(filter) + " limit :limit offset :offset")
			.params(where.params())
			.param("limit", limit)
			.param("offset", offset)
			.query(CaseQueries::row)
			.list();
	}

	public void stream(CaseFilter filter, Instant now, ZoneId zone, Consumer<CaseRow> consumer) {
		Where where = where(filter, now, zone);
		try (var rows = this.jdbc.sql(ROW + where.sql() + " order by " + order(filter))
			.params(where.params())
			.withFetchSize(1000)
			.query(CaseQueries::row)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	/**
	 * A closed case for a quality review: by its number, or drawn at random from the
	 * cases a team resolved (charged) since a moment, only those that missed a deadline
	 * or were rated 3 or less when {@code byRule}.
	 * @return number, the person and team its resolution counts for, when it closed
	 */
	public Optional<Object[]> closed(String number, Long unitId, Instant since, boolean byRule) {
		String sql = "select s.number, coalesce(s.resolution_charged_id, s.responsible_id, s.owner_id) as person, "
				+ "coalesce(s.resolution_charged_unit_id, s.responsible_unit_id) as unit, s.closed_at "
				+ "from service_case s where s.status = 'CLOSED' and ";
		if (number != null) {
			return this.jdbc.sql(sql + "s.number = ?").param(number).query(CaseQueries::sample).optional();
		}
		String rule = byRule ? " and (s.first_reply_late or s.resolution_late or exists (select 1 from return_visit v "
				+ "where v.case_id = s.id and v.overall <= 3))" : "";
		return this.jdbc
			.sql(sql + "s.resolved_at >= ? and coalesce(s.resolution_charged_unit_id, s.responsible_unit_id) = ?" + rule
					+ " order by random() limit 1")
			.params(utc(since), unitId)
			.query(CaseQueries::sample)
			.optional();
	}

	private static Object[] sample(ResultSet row, int index) throws SQLException {
		return new Object[] { row.getString("number"), row.getObject("person"), row.getLong("unit"),
				instant(row, "closed_at") };
	}

	public String numberOf(Long caseId) {
		return (caseId != null) ? this.jdbc.sql("select number from service_case where id = ?")
			.param(caseId)
			.query(String.class)
			.optional()
			.orElse(null) : null;
	}

	private static String order(CaseFilter filter) {
		return switch (filter.viewOrDefault()) {
			case "all", "repeat" -> "registered_at desc, number desc";
			default -> "due_at nulls last, number";
		};
	}

	private static Where where(CaseFilter filter, Instant now, ZoneId zone) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		switch (filter.viewOrDefault()) {
			case "breached" -> conditions.add(OPEN + " and (first_reply_late or resolution_late)");
			case "due" -> {
				conditions.add(OPEN + " and due_at >= :now and due_at < :soon");
				params.put("now", utc(now));
				params.put("soon", utc(now.plusSeconds(24 * 3600)));
			}
			case "repeat" -> conditions.add("repeat_of_id is not null");
			case "atrisk" -> conditions.add(OPEN + " and id in (select case_id from case_at_risk)");
			case "all" -> {
			}
			default -> conditions.add(OPEN);
		}
		if (filter.tier() != null) {
			conditions.add("tier = :tier");
			params.put("tier", filter.tier());
		}
		if (filter.unitId() != null) {
			conditions.add("responsible_unit_id = :unit");
			params.put("unit", filter.unitId());
		}
		if (filter.personId() != null) {
			conditions.add("responsible_id = :person");
			params.put("person", filter.personId());
		}
		if (filter.nature() != null) {
			conditions.add("nature = :nature");
			params.put("nature", filter.nature().name());
		}
		if (filter.utility() != null) {
			conditions.add("utility = :utility");
			params.put("utility", filter.utility().name());
		}
		if (filter.from() != null) {
			conditions.add("registered_at >= :from");
			params.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
		}
		if (filter.to() != null) {
			conditions.add("registered_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
	}

	static CaseRow row(ResultSet row, int index) throws SQLException {
		return new CaseRow(row.getString("number"), instant(row, "registered_at"),
				Nature.valueOf(row.getString("nature")), Subject.valueOf(row.getString("subject")),
				Utility.valueOf(row.getString("utility")), CaseStatus.valueOf(row.getString("status")),
				row.getInt("tier"), instant(row, "due_at"), row.getBoolean("late"), row.getString("summary"),
				row.getString("owner_work_number"), row.getBoolean("repeat"));
	}

	static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private record Where(String sql, Map<String, Object> params) {
	}

}
