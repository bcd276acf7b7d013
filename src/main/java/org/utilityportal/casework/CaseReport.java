package org.utilityportal.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.utilityportal.shared.db.ReportTransactions;
import org.utilityportal.shared.db.Reports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.identity.StaffDirectory;
import org.utilityportal.identity.StaffMember;

/**
 * The supervisor's figures. Five statements whatever the size of the table and the length
 * of the period, none of which reads every open case: open cases by tier and those late
 * from the counts the database keeps per tier and team ({@code case_open_figures}, V200);
 * due within 24 hours from the open cases kept per hour of their deadline
 * ({@code case_due_hours}, V240) and the deadlines of the two partial hours at the ends;
 * compliance by team, person, nature and utility from the figures kept per month for the
 * period's whole months and per day for the days around them
 * ({@code case_monthly_figures} and {@code case_daily_figures}, V151 and V200: a year
 * adds up about 11 months and 30 days of a few hundred rows each instead of the year's
 * cases or its 365 days); the trend, satisfaction and repeats from one row a day. Cases
 * count on the day they were registered, return visits on the day they were made; first
 * replies and resolutions count for the team and person charged when the clock stopped or
 * broke. Each public method plans its statements without parallel workers
 * ({@link ReportTransactions}).
 */
@Service
@RequiredArgsConstructor
public class CaseReport {

	private static final String OPEN = "status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER')";

	/** Dashboards may be a few seconds behind: the replica, when one is current. */
	@Reports
	private final JdbcClient jdbc;

	/**
	 * Every statement here reads small pre-aggregated tables or index ranges: planned
	 * without parallel workers, whose start-up costs more than they save (a generic plan
	 * went parallel for the year's compliance at 1,000,000 cases).
	 */
	private final ReportTransactions transactions;

	private final OrgUnits orgUnits;

	private final StaffDirectory staff;

	private final Clock clock;

	/**
	 * The open cases due within 24 hours and those overdue, now (the operators' gauges).
	 */
	@Transactional(readOnly = true)
	public OpenCaseRisk openRisk() {
		this.transactions.withoutParallelWorkers();
		return new OpenCaseRisk(dueSoon(this.clock.instant()), overdue());
	}

	/**
	 * The open cases with their nearest deadline in {@code [now, now + 24 h)}: the whole
	 * hours from the counts kept per hour ({@code case_due_hours}, V240), the partial
	 * hours at both ends from one range of the open cases' index (tier, due_at) per tier
	 * (at most two hours of deadlines instead of 24).
	 */
	private long dueSoon(Instant now) {
		Instant soon = now.plus(Duration.ofHours(24));
		Instant hoursFrom = now.truncatedTo(ChronoUnit.HOURS);
		if (hoursFrom.isBefore(now)) {
			hoursFrom = hoursFrom.plus(Duration.ofHours(1));
		}
		Instant hoursTo = soon.truncatedTo(ChronoUnit.HOURS);
		return this.jdbc
			.sql("""
					select coalesce((select sum(h.cases) from case_due_hours h where h.hour >= ? and h.hour < ?), 0)
					     + (select coalesce(sum(c.n), 0)
					        from unnest(array[1, 2, 3, 4]) as t(tier)
					            cross join (values (?::timestamptz, ?::timestamptz), (?::timestamptz, ?::timestamptz))
					                as r(from_at, to_at)
					            cross join lateral (select count(*) as n from service_case s
					                                where s.status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER')
					                                    and s.tier = t.tier and s.due_at >= r.from_at and s.due_at < r.to_at) c)
					""")
			.params(utc(hoursFrom), utc(hoursTo), utc(now), utc(hoursFrom), utc(hoursTo), utc(soon))
			.query(Long.class)
			.single();
	}

	/** The open cases that are late, from the counts kept per tier and team. */
	private long overdue() {
		return this.jdbc.sql("select coalesce(sum(late), 0) from case_open_figures").query(Long.class).single();
	}

	/**
	 * The figures for the days {@code from}–{@code to} (inclusive) and the open cases
	 * now.
	 */
	@Transactional(readOnly = true)
	public Dashboard dashboard(LocalDate from, LocalDate to) {
		this.transactions.withoutParallelWorkers();
		Instant now = this.clock.instant();
		Map<Integer, Long> byTier = new TreeMap<>(Map.of(1, 0L, 2, 0L, 3, 0L, 4, 0L));
		this.jdbc.sql("select tier, sum(cases) as n from case_open_figures group by tier").query((row) -> {
			byTier.put(row.getInt("tier"), row.getLong("n"));
		});
		long dueSoon = dueSoon(now);
		long breached = overdue();
		// The units' names, read once for the compliance table and the at-risk panel.
		Map<Long, OrgUnit> units = this.orgUnits.byId();
		List<Dashboard.Compliance> compliance = compliance(from, to, units);
		List<Dashboard.Day> trend = new ArrayList<>();
		long[] totals = new long[3];
		this.jdbc.sql("""
				select day, registered, breached, repeats, visits, satisfied from case_daily_figures
				where day >= ? and day <= ? and dimension = 'ALL' order by day
				""").params(from, to).query((row) -> {
			if (row.getLong("registered") > 0) {
				trend.add(new Dashboard.Day(row.getObject("day", LocalDate.class), row.getLong("registered"),
						row.getLong("breached")));
			}
			totals[0] += row.getLong("visits");
			totals[1] += row.getLong("satisfied");
			totals[2] += row.getLong("repeats");
		});
		long[] visits = { totals[0], totals[1] };
		long repeats = totals[2];
		return new Dashboard(from, to, byTier, dueSoon, breached, compliance, visits[0], visits[1], repeats, trend,
				atRisk(units));
	}

	/**
	 * Each person's case figures over the days {@code from}–{@code to} (inclusive), from
	 * the daily figures, by user account id: cases registered in the period that they
	 * handle, first replies and resolutions charged to them (measured, in time), repeat
	 * complaints of cases they resolved, and return visits of rounds they resolved made
	 * in the period (made, satisfied). One statement (whole months from the monthly
	 * figures).
	 */
	@Transactional(readOnly = true)
	public Map<Long, StaffFigures> staffFigures(LocalDate from, LocalDate to) {
		this.transactions.withoutParallelWorkers();
		Map<Long, StaffFigures> figures = new java.util.HashMap<>();
		FigurePeriod period = FigurePeriod.of(from, to);
		this.jdbc.sql("""
				select key, sum(registered) as cases, sum(first_reply_measured) as frm, sum(first_reply_on_time) as fro,
				    sum(resolution_measured) as rm, sum(resolution_on_time) as ro, sum(repeats) as repeats,
				    sum(visits) as visits, sum(satisfied) as satisfied
				from (select key, registered, first_reply_measured, first_reply_on_time, resolution_measured,
				          resolution_on_time, repeats, visits, satisfied
				      from case_monthly_figures where month >= ? and month < ? and dimension = 'PERSON'
				      union all
				      select key, registered, first_reply_measured, first_reply_on_time, resolution_measured,
				          resolution_on_time, repeats, visits, satisfied
				      from case_daily_figures where day >= ? and day < ? and dimension = 'PERSON'
				      union all
				      select key, registered, first_reply_measured, first_reply_on_time, resolution_measured,
				          resolution_on_time, repeats, visits, satisfied
				      from case_daily_figures where day >= ? and day <= ? and dimension = 'PERSON') f
				where key <> ''
				group by key
				""")
			.params(period.monthsFrom(), period.monthsTo(), from, period.monthsFrom(), period.monthsTo(), to)
			.query((row) -> {
				figures.put(Long.valueOf(row.getString("key")),
						new StaffFigures(row.getLong("cases"), row.getLong("frm"), row.getLong("fro"),
								row.getLong("rm"), row.getLong("ro"), row.getLong("repeats"), row.getLong("visits"),
								row.getLong("satisfied")));
			});
		return figures;
	}

	/**
	 * One person's case figures over a period.
	 *
	 * @param cases cases they handle
	 * @param firstReplyMeasured first replies charged to them (given or late)
	 * @param firstReplyOnTime of which in time
	 * @param resolutionMeasured resolutions charged to them (given or late)
	 * @param resolutionOnTime of which in time
	 * @param repeats repeat complaints of cases they resolved
	 * @param visits return visits of rounds they resolved
	 * @param satisfied of which rated 4 or 5
	 */
	public record StaffFigures(long cases, long firstReplyMeasured, long firstReplyOnTime, long resolutionMeasured,
			long resolutionOnTime, long repeats, long visits, long satisfied) {
	}

	/** The last at-risk check's cases that are still open, per team, most first. */
	private List<Dashboard.TeamRisk> atRisk(Map<Long, OrgUnit> units) {
		return this.jdbc
			.sql("select r.unit_id, count(*) as n from case_at_risk r join service_case s on s.id = r.case_id "
					+ "where s." + OPEN + " group by r.unit_id order by n desc, r.unit_id")
			.query((row, index) -> {
				OrgUnit unit = units.get(row.getLong("unit_id"));
				return new Dashboard.TeamRisk(row.getLong("unit_id"),
						(unit != null) ? unit.nameZh() : row.getString("unit_id"), row.getLong("n"));
			})
			.list();
	}

	private List<Dashboard.Compliance> compliance(LocalDate from, LocalDate to, Map<Long, OrgUnit> units) {
		FigurePeriod period = FigurePeriod.of(from, to);
		List<Object[]> rows = this.jdbc.sql("""
				select dimension, key, sum(registered) as cases, sum(first_reply_measured) as fr_measured,
				    sum(first_reply_on_time) as fr_ok, sum(resolution_measured) as res_measured,
				    sum(resolution_on_time) as res_ok
				from (select dimension, key, registered, first_reply_measured, first_reply_on_time,
				          resolution_measured, resolution_on_time
				      from case_monthly_figures where month >= ? and month < ? and dimension <> 'ALL'
				      union all
				      select dimension, key, registered, first_reply_measured, first_reply_on_time,
				          resolution_measured, resolution_on_time
				      from case_daily_figures where day >= ? and day < ? and dimension <> 'ALL'
				      union all
				      select dimension, key, registered, first_reply_measured, first_reply_on_time,
				          resolution_measured, resolution_on_time
				      from case_daily_figures where day >= ? and day <= ? and dimension <> 'ALL') f
				group by dimension, key
				having sum(registered) + sum(first_reply_measured) + sum(resolution_measured) > 0
				""")
			.params(period.monthsFrom(), period.monthsTo(), from, period.monthsFrom(), period.monthsTo(), to)
			.query((row, index) -> {
				String key = row.getString("key");
				return new Object[] { row.getString("dimension").toLowerCase(Locale.ROOT),
						(key == null || key.isEmpty()) ? null : key, row.getLong("cases"), row.getLong("fr_measured"),
						row.getLong("fr_ok"), row.getLong("res_measured"), row.getLong("res_ok") };
			})
			.list();
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
