package org.utilityportal.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.calendar.Interval;
import org.utilityportal.calendar.WorkingCalendar;
import org.utilityportal.casework.internal.CaseClocks;
import org.utilityportal.casework.internal.CaseEscalator;
import org.utilityportal.casework.internal.CaseRepository;
import org.utilityportal.casework.internal.CaseRouting;
import org.utilityportal.casework.internal.ServiceCase;

/**
 * The escalation scan, every minute: reads only the cases whose next check is due (a
 * partial index on {@code next_check_at}), locks them with {@code for update skip locked}
 * so that two portal instances never handle the same case at once, and per case handles
 * breaches (lateness, escalation) and warnings. Escalations are unique per case, round
 * and tier in the database, so a breach escalates exactly once.
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class EscalationScan {

	static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final CaseRepository cases;

	private final CaseEscalator escalator;

	private final CaseClocks clocks;

	private final CaseRouting routing;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final MeterRegistry meters;

	/** How long each scheduled scan took ({@code portal_escalation_scan_seconds}). */
	public static final String SCAN_TIMER = "portal.escalation.scan";

	/**
	 * What one scan did.
	 *
	 * @param casesRead cases read and locked (those due)
	 * @param breaches deadlines found passed
	 * @param escalations escalations made
	 * @param warnings warnings sent
	 */
	public record Result(int casesRead, int breaches, int escalations, int warnings) {

		Result plus(Result other) {
			return new Result(this.casesRead + other.casesRead, this.breaches + other.breaches,
					this.escalations + other.escalations, this.warnings + other.warnings);
		}

	}

	@Scheduled(fixedDelayString = "${portal.casework.scan-interval:60s}", initialDelayString = "30s")
	@SchedulerLock(name = "escalation-scan", lockAtLeastFor = "PT20S", lockAtMostFor = "PT5M")
	public void scheduled() {
		Result result = this.meters.timer(SCAN_TIMER).record(this::run);
		if (result.casesRead() > 0) {
			log.info("Escalation scan: {}", result);
		}
	}

	/**
	 * Scans once, in batches of 200 cases, each batch in its own transaction. The
	 * organisation (who is notified) is read once per scan; each batch reads its cases
	 * and their pauses in one statement each.
	 */
	public Result run() {
		Instant now = this.clock.instant();
		Result total = new Result(0, 0, 0, 0);
		if (!anythingDue(now)) {
			return total;
		}
		Map<Long, WorkingCalendar> calendars = new HashMap<>();
		CaseRouting.Organisation organisation = this.routing.organisation();
		for (int batch = 0; batch < 10_000; batch++) {
			Result result = this.transactions.execute((status) -> batch(now, calendars, organisation));
			total = total.plus(result);
			if (result.casesRead() < BATCH) {
				break;
			}
		}
		return total;
	}

	/**
	 * A look without locks, so that a scan with nothing to do costs one statement. The
	 * order makes it an index scan under every plan: a generic plan for "limit 1" alone
	 * may pick a sequential scan, which finds nothing only after reading the whole table.
	 */
	private boolean anythingDue(Instant now) {
		return !this.jdbc.sql("select id from service_case where next_check_at <= ? order by next_check_at limit 1")
			.param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query(Long.class)
			.list()
			.isEmpty();
	}

	private Result batch(Instant now, Map<Long, WorkingCalendar> calendars, CaseRouting.Organisation organisation) {
		List<Long> ids = this.jdbc.sql("""
				select id from service_case where next_check_at <= ?
				order by next_check_at limit ? for update skip locked
				""").params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), BATCH).query(Long.class).list();
		if (ids.isEmpty()) {
			return new Result(0, 0, 0, 0);
		}
		Map<Long, List<Interval>> pauses = this.clocks.pauses(ids);
		CaseEscalator.Effects effects = this.escalator.effects(organisation);
		Result result = new Result(ids.size(), 0, 0, 0);
		for (ServiceCase c : this.cases.findAllById(ids)) {
			CaseEscalator.Outcome outcome = this.escalator.process(c, now, calendars,
					pauses.getOrDefault(c.getId(), List.of()), effects);
			result = result.plus(new Result(0, outcome.breaches(), outcome.escalations(), outcome.warnings()));
		}
		effects.write();
		this.cases.flush();
		return result;
	}

}
