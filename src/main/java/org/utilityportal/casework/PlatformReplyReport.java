package org.utilityportal.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;

/**
 * The replies sent back to a platform over a period (days in the business time zone), in
 * the order they were sent, for the platform's export: one statement on the index of
 * reply time, whatever the period.
 */
@Service
@RequiredArgsConstructor
public class PlatformReplyReport {

	private final JdbcClient jdbc;

	private final OrgUnits orgUnits;

	private final Clock clock;

	/** Every reply to {@code platform} sent on the days {@code from}–{@code to}. */
	@Transactional(readOnly = true)
	public void forEach(Platform platform, LocalDate from, LocalDate to, Consumer<PlatformReplyRow> consumer) {
		Map<Long, OrgUnit> units = this.orgUnits.byId();
		try (var rows = this.jdbc.sql("""
				select s.platform_ticket, s.number, s.registered_at, s.platform_due_at, s.responsible_unit_id,
				    s.status, r.replied_at, r.text, r.replied_by_name, r.replied_by_work_number
				from case_platform_reply r join service_case s on s.id = r.case_id
				where r.replied_at >= ? and r.replied_at < ? and s.platform = ?
				order by r.replied_at, r.id
				""")
			.params(start(from), start(to.plusDays(1)), platform.name())
			.withFetchSize(1000)
			.query((row, index) -> {
				OrgUnit unit = units.get(row.getLong("responsible_unit_id"));
				return new PlatformReplyRow(platform, row.getString("platform_ticket"), row.getString("number"),
						row.getObject("registered_at", OffsetDateTime.class).toInstant(),
						instant(row.getObject("platform_due_at", OffsetDateTime.class)),
						(unit != null) ? unit.nameZh() : null, CaseStatus.valueOf(row.getString("status")),
						row.getObject("replied_at", OffsetDateTime.class).toInstant(), row.getString("text"),
						row.getString("replied_by_name"), row.getString("replied_by_work_number"));
			})
			.stream()) {
			rows.forEach(consumer);
		}
	}

	private OffsetDateTime start(LocalDate day) {
		return day.atStartOfDay(this.clock.getZone()).toOffsetDateTime();
	}

	private static java.time.Instant instant(OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

}
