package org.utilityportal.metering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.metering.PeriodReadings;
import org.utilityportal.metering.Reading;
import org.utilityportal.metering.ReadingKind;
import org.utilityportal.metering.ReadingSource;

/**
 * The readings of many accounts' billing periods, one statement for all of them: their
 * opening and closing readings (per account a primary-key lookup or the latest reading on
 * or before a day), and the history an estimated closing reading is made from (per
 * account two ranges). All are ranges of the index on account and day (V11), so the cost
 * grows linearly with the accounts asked for.
 */
@Component
@RequiredArgsConstructor
public class PeriodReadingQueries {

	private static final String READING = "id, account_id, read_on, source, kind, total, peak, flat, valley, "
			+ "rollover_capacity, old_meter_final, new_meter_initial, max_demand, reactive";

	private static final String SQL = """
			select q.account_id,
			       o.id as o_id, o.read_on as o_read_on, o.source as o_source, o.kind as o_kind, o.total as o_total,
			       o.peak as o_peak, o.flat as o_flat, o.valley as o_valley, o.rollover_capacity as o_cap,
			       o.old_meter_final as o_old, o.new_meter_initial as o_new, o.max_demand as o_demand,
			       o.reactive as o_reactive,
			       c.id as c_id, c.read_on as c_read_on, c.source as c_source, c.kind as c_kind, c.total as c_total,
			       c.peak as c_peak, c.flat as c_flat, c.valley as c_valley, c.rollover_capacity as c_cap,
			       c.old_meter_final as c_old, c.new_meter_initial as c_new, c.max_demand as c_demand,
			       c.reactive as c_reactive
			from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as date[]), cast(? as date[]))
			     as q(account_id, opening_id, opening_before, closing_before)
			left join lateral (
			    select %1$s from meter_reading r where r.id = q.opening_id
			    union all
			    (select %1$s from meter_reading r
			      where q.opening_before is not null and r.account_id = q.account_id and r.read_on <= q.opening_before
			      order by r.read_on desc limit 1)) o on true
			left join lateral (select %1$s from meter_reading r where r.account_id = q.account_id
			                   and r.read_on <= q.closing_before order by r.read_on desc limit 1) c on true
			""".formatted(READING);

	/**
	 * Per account, its latest reading on or before a day and every reading of the days
	 * before it that an estimate takes the usual use from, two index ranges each.
	 */
	private static final String ESTIMATE_BASES_SQL = """
			select q.account_id, r.id as r_id, r.read_on as r_read_on, r.source as r_source, r.kind as r_kind,
			       r.total as r_total, r.peak as r_peak, r.flat as r_flat, r.valley as r_valley,
			       r.rollover_capacity as r_cap, r.old_meter_final as r_old, r.new_meter_initial as r_new,
			       r.max_demand as r_demand, r.reactive as r_reactive
			from unnest(cast(? as bigint[])) as q(account_id)
			cross join lateral (select p.read_on from meter_reading p where p.account_id = q.account_id
			                    and p.read_on <= cast(? as date) order by p.read_on desc limit 1) latest
			cross join lateral (select %1$s from meter_reading r where r.account_id = q.account_id
			                    and r.read_on >= latest.read_on - cast(? as integer) and r.read_on <= latest.read_on) r
			order by q.account_id, r.read_on
			""".formatted(READING);

	private final JdbcClient jdbc;

	/** The readings of each account's period, by account. */
	public Map<Long, PeriodReadings> find(List<PeriodReadings.Wanted> wanted) {
		Map<Long, PeriodReadings> found = new HashMap<>();
		if (wanted.isEmpty()) {
			return found;
		}
		this.jdbc.sql(SQL)
			.params(wanted.stream().map(PeriodReadings.Wanted::accountId).toArray(Long[]::new),
					wanted.stream().map(PeriodReadings.Wanted::openingReadingId).toArray(Long[]::new),
					days(wanted.stream().map(PeriodReadings.Wanted::openingOnOrBefore)),
					days(wanted.stream().map(PeriodReadings.Wanted::closingOnOrBefore)))
			.query((row, index) -> {
				long accountId = row.getLong("account_id");
				return found.put(accountId,
						new PeriodReadings(reading(row, "o_", accountId), reading(row, "c_", accountId)));
			})
			.list();
		return found;
	}

	/**
	 * What an estimate for the day after {@code onOrBefore} starts from, for many
	 * accounts in one statement: per account, the readings from {@code historyDays} days
	 * before its latest reading on or before {@code onOrBefore} up to that reading,
	 * oldest first (the latest last). Accounts without a reading by then are not in the
	 * map.
	 */
	public Map<Long, List<Reading>> estimateBases(Collection<Long> accountIds, LocalDate onOrBefore, int historyDays) {
		Map<Long, List<Reading>> bases = new HashMap<>();
		if (accountIds.isEmpty()) {
			return bases;
		}
		this.jdbc.sql(ESTIMATE_BASES_SQL)
			.params(accountIds.toArray(Long[]::new), onOrBefore, historyDays)
			.query((row, index) -> {
				long accountId = row.getLong("account_id");
				return bases.computeIfAbsent(accountId, (key) -> new ArrayList<>()).add(reading(row, "r_", accountId));
			})
			.list();
		return bases;
	}

	/** Days as ISO text, which the driver sends as an array PostgreSQL casts to dates. */
	private static String[] days(Stream<LocalDate> days) {
		return days.map((day) -> (day != null) ? day.toString() : null).toArray(String[]::new);
	}

	private static Reading reading(ResultSet row, String prefix, long accountId) throws SQLException {
		long id = row.getLong(prefix + "id");
		if (row.wasNull()) {
			return null;
		}
		return new Reading(id, accountId, row.getObject(prefix + "read_on", LocalDate.class),
				ReadingSource.valueOf(row.getString(prefix + "source")),
				ReadingKind.valueOf(row.getString(prefix + "kind")), row.getBigDecimal(prefix + "total"),
				row.getBigDecimal(prefix + "peak"), row.getBigDecimal(prefix + "flat"),
				row.getBigDecimal(prefix + "valley"), row.getBigDecimal(prefix + "cap"),
				row.getBigDecimal(prefix + "old"), row.getBigDecimal(prefix + "new"), false, null, null,
				row.getBigDecimal(prefix + "demand"), row.getBigDecimal(prefix + "reactive"));
	}

}
