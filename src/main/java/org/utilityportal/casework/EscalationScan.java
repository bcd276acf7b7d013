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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.calendar.WorkingCalendar;
import org.utilityportal.casework.internal.CaseEscalator;
import org.utilityportal.casework.internal.CaseRepository;
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

	private final TransactionTemplate transactions;

	private final Clock clock;

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
	void scheduled() {
		Result result = run();
		if (result.casesRead() > 0) {
			log.info("Escalation scan: {}", result);
		}
	}

	/** Scans once, in batches of 200 cases, each batch in its own transaction. */
	public Result run() {
		Instant now = this.clock.instant();
		Map<Long, WorkingCalendar> calendars = new HashMap<>();
		Result total = new Result(0, 0, 0, 0);
		for (int batch = 0; batch < 10_000; batch++) {
			Result result = this.transactions.execute((status) -> batch(now, calendars));
			total = total.plus(result);
			if (result.casesRead() < BATCH) {
				break;
			}
		}
		return total;
	}

	private Result batch(Instant now, Map<Long, WorkingCalendar> calendars) {
		List<Long> ids = this.jdbc.sql("""
				select id from service_case where next_check_at <= ?
				order by next_check_at limit ? for update skip locked
				""").params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), BATCH).query(Long.class).list();
		Result result = new Result(ids.size(), 0, 0, 0);
		for (long id : ids) {
			ServiceCase c = this.cases.findById(id).orElseThrow();
			CaseEscalator.Outcome outcome = this.escalator.process(c, now, calendars);
			result = result.plus(new Result(0, outcome.breaches(), outcome.escalations(), outcome.warnings()));
		}
		this.cases.flush();
		return result;
	}

}
