package org.utilityportal.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.utilityportal.shared.db.Reports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.identity.StaffDirectory;
import org.utilityportal.identity.StaffMember;

/**
 * The supervisor's figures. Seven statements whatever the size of the table: open cases
 * by tier, due within 24 hours and breached come from partial indexes on open cases;
 * compliance by team, person, nature and utility is one pass over the period's cases
 * (grouping sets) on the covering index of registration time; satisfaction, repeats and
 * the trend (one index range per day) come from indexes on visit and registration time.
 */
@Service
@RequiredArgsConstructor
public class CaseReport {

	private static final String OPEN = "status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER')";

	/** Dashboards may be a few seconds behind: the replica, when one is current. */
	@Reports
	private final JdbcClient jdbc;

	private final OrgUnits orgUnits;

	private final StaffDirectory staff;

	private final Clock clock;

	/**
	 * The open cases due within 24 hours and those overdue, now (the operators' gauges).
	 */
	@Transactional(readOnly = true)
	public OpenCaseRisk openRisk() {
		return new OpenCaseRisk(dueSoon(this.clock.instant()), overdue());
	}

	private long dueSoon(Instant now) {
		return this.jdbc.sql("select count(*) from service_case where " + OPEN + " and due_at >= ? and due_at < ?")
			.params(utc(now), utc(now.plusSeconds(24 * 3600)))
			.query(Long.class)
			.single();
	}

	private long overdue() {
		return this.jdbc
			.sql("select count(*) from service_case where " + OPEN + " and (first_reply_late or resolution_late)")
			.query(Long.class)
			.single();
	}

	/**
	 * The figures for the days {@code from}–{@code to} (inclusive) and the open cases
	 * now.
	 */
	@Transactional(readOnly = true)
	public Dashboard dashboard(LocalDate from, LocalDate to) {
		Instant now = this.clock.instant();
		OffsetDateTime start = from.atStartOfDay(this.clock.getZone()).toOffsetDateTime();
		OffsetDateTime end = to.plusDays(1).atStartOfDay(this.clock.getZone()).toOffsetDateTime();
		Map<Integer, Long> byTier = new TreeMap<>(Map.of(1, 0L, 2, 0L, 3, 0L, 4, 0L));
		this.jdbc.sql("select tier, count(*) as n from service_case where " + OPEN + " group by tier").query((row) -> {
			byTier.put(row.getInt("tier"), row.getLong("n"));
		});
		long dueSoon = dueSoon(now);
		long breached = overdue();
		List<Dashboard.Compliance> compliance = compliance(start, end);
		long[] visits = this.jdbc
			.sql("select count(*) as n, count(*) filter (where overall >= 4) as ok from return_visit "
					+ "where visited_at >= ? and visited_at < ?")
			.params(start, end)
			.query((row, index) -> new long[] { row.getLong("n"), row.getLong("ok") })
			.single();
		long repeats = this.jdbc
			.sql("select count(*) from service_case where repeat_of_id is not null and registered_at >= ? "
					+ "and registered_at < ?")
			.params(start, end)
			.query(Long.class)
			.single();
		// Day by day from the index (one range each), not one sort of the whole period.
		List<Dashboard.Day> trend = this.jdbc
			.sql("""
					select d.day::date as day, c.registered, c.breached
					from generate_series(?::date, ?::date, interval '1 day') as d(day)
					cross join lateral (
					    select count(*) as registered, count(*) filter (where first_reply_late or resolution_late) as breached
					    from service_case
					    where registered_at >= (d.day::timestamp at time zone ?)
					      and registered_at < ((d.day + interval '1 day')::timestamp at time zone ?)) c
					where c.registered > 0
					order by d.day
					""")
			.params(from, to, this.clock.getZone().getId(), this.clock.getZone().getId())
			.query((row, index) -> new Dashboard.Day(row.getObject("day", LocalDate.class), row.getLong("registered"),
					row.getLong("breached")))
			.list();
		return new Dashboard(from, to, byTier, dueSoon, breached, compliance, visits[0], visits[1], repeats, trend);
	}

	private List<Dashboard.Compliance> compliance(OffsetDateTime start, OffsetDateTime end) {
		List<Object[]> rows = this.jdbc.sql("""
				select grouping(responsible_unit_id) as g_unit, grouping(responsible_id) as g_person,
				    grouping(nature) as g_nature, responsible_unit_id, responsible_id, nature, utility,
				    count(*) as cases,
				    count(*) filter (where first_replied_at is not null or first_reply_late) as fr_measured,
				    count(*) filter (where first_replied_at is not null and not first_reply_late) as fr_ok,
				    count(*) filter (where resolved_at is not null or resolution_late) as res_measured,
				    count(*) filter (where resolved_at is not null and not resolution_late) as res_ok
				from service_case where registered_at >= ? and registered_at < ?
				group by grouping sets ((responsible_unit_id), (responsible_id), (nature), (utility))
				""").params(start, end).query((row, index) -> {
			String dimension = (row.getInt("g_unit") == 0) ? "unit"
					: (row.getInt("g_person") == 0) ? "person" : (row.getInt("g_nature") == 0) ? "nature" : "utility";
			String key = switch (dimension) {
				case "unit" -> row.getString("responsible_unit_id");
				case "person" -> row.getString("responsible_id");
				case "nature" -> row.getString("nature");
				default -> row.getString("utility");
			};
			return new Object[] { dimension, key, row.getLong("cases"), row.getLong("fr_measured"),
					row.getLong("fr_ok"), row.getLong("res_measured"), row.getLong("res_ok") };
		}).list();
		Map<Long, OrgUnit> units = this.orgUnits.byId();
		Map<Long, StaffMember> people = this.staff.byIds(rows.stream()
			.filter((row) -> "person".equals(row[0]) && row[1] != null)
			.map((row) -> Long.valueOf((String) row[1]))
			.toList());
		List<Dashboard.Compliance> result = new ArrayList<>();
		for (Object[] row : rows) {
			String dimension = (String) row[0];
			String key = (String) row[1];
			String label = key;
			if ("unit".equals(dimension) && key != null && units.containsKey(Long.valueOf(key))) {
				label = units.get(Long.valueOf(key)).nameZh();
			}
			if ("person".equals(dimension) && key != null && people.containsKey(Long.valueOf(key))) {
				StaffMember member = people.get(Long.valueOf(key));
				label = member.name() + " (" + member.workNumber() + ")";
			}
			result.add(new Dashboard.Compliance(dimension, key, label, (long) row[2], (long) row[3], (long) row[4],
					(long) row[5], (long) row[6]));
		}
		result.sort(java.util.Comparator.comparing(Dashboard.Compliance::dimension)
			.thenComparing(Dashboard.Compliance::cases, java.util.Comparator.reverseOrder()));
		return result;
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
