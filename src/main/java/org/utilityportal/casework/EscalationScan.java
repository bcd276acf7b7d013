package org.utilityportal.casework;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.casework.internal.CaseClocks;
import org.utilityportal.casework.internal.CaseEscalation;
import org.utilityportal.casework.internal.CaseRouting;
import org.utilityportal.casework.internal.CaseTime;
import org.utilityportal.casework.internal.DeadlineCheck;
import org.utilityportal.casework.internal.DueCaseQueries;
import org.utilityportal.casework.internal.EscalationScanWriter;
import org.utilityportal.casework.internal.HistoryEntry;
import org.utilityportal.casework.internal.ServiceCase;

/**
 * The escalation scan, every minute: reads only the cases whose next check is due (a
 * partial index on {@code next_check_at}), locks them with {@code for update skip locked}
 * so that two portal instances never handle the same case at once, and lets each case
 * handle its breaches (lateness, escalation) and warnings
 * ({@link ServiceCase#checkDeadlines}). The cases are read as their clock columns and
 * pauses ({@code DueCase}), not as whole aggregates, in the same statement that locks
 * them. A scan is one transaction over every case due (up to
 * {@code portal.casework.scan-limit}, 10,000; more wait for the next minute) and sends
 * the same statements whatever their number: the look, the organisation (three), the lock
 * with the read, one insert each of escalations and history entries, one update of all
 * the cases (guarded by their versions) and one {@link CaseDeadlinesChecked} event, plus
 * the working calendars the cases count on, each read once. Escalations are unique per
 * case, round and tier in the database, so a breach escalates exactly once.
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class EscalationScan {

	private final DueCaseQueries queries;

	private final EscalationScanWriter writer;

	private final CaseClocks clocks;

	private final CaseRouting routing;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final MeterRegistry meters;

	/** How long each scheduled scan took ({@code portal_escalation_scan_seconds}). */
	public static final String SCAN_TIMER = "portal.escalation.scan";

	@Value("${portal.casework.scan-limit:10000}")
	private int limit;

	/**
	 * What one scan did.
	 *
	 * @param casesRead cases read and locked (those due)
	 * @param breaches deadlines found passed
	 * @param escalations escalations made
	 * @param warnings warnings sent
	 */
	public record Result(int casesRead, int breaches, int escalations, int warnings) {

		static final Result NOTHING = new Result(0, 0, 0, 0);

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
	 * Scans once, in one transaction: a constant number of statements whatever the number
	 * of cases due (see the class comment).
	 */
	public Result run() {
		CaseTime time = this.clocks.now();
		if (!this.queries.anythingDue(time.now())) {
			return Result.NOTHING;
		}
		CaseRouting.Organisation organisation = this.routing.organisation();
		return this.transactions.execute((status) -> scan(time, organisation));
	}

	private Result scan(CaseTime time, CaseRouting.Organisation organisation) {
		List<ServiceCase> looked = this.queries.lockDue(time.now(), this.limit)
			.stream()
			.map(ServiceCase::dueForScan)
			.toList();
		if (looked.isEmpty()) {
			return Result.NOTHING;
		}
		List<CaseEscalation> escalations = new ArrayList<>();
		List<HistoryEntry> entries = new ArrayList<>();
		List<CaseEscalated> escalated = new ArrayList<>();
		List<CaseDeadlineMissed> missed = new ArrayList<>();
		List<CaseDeadlineNear> near = new ArrayList<>();
		int breaches = 0;
		for (ServiceCase c : looked) {
			DeadlineCheck check = c.checkDeadlines(time);
			breaches += check.breaches();
			escalations.addAll(check.escalations());
			entries.addAll(check.entries());
			for (CaseEscalation escalation : check.escalations()) {
				escalated.add(new CaseEscalated(c.getNumber(), escalation.getRound(), escalation.getTier(),
						c.getSummary(), this.routing.recipients(c, escalation.getTier(), organisation)));
			}
			for (DeadlineCheck.Missed deadline : check.missed()) {
				missed.add(new CaseDeadlineMissed(c.getNumber(), c.getRound(), deadline.clock(), deadline.due(),
						c.getSummary(), this.routing.recipients(c, deadline.tier(), organisation)));
			}
			if (check.warnedDue() != null) {
				near.add(new CaseDeadlineNear(c.getNumber(), check.warnedDue(), c.getSummary(),
						this.routing.handlers(c, organisation)));
			}
		}
		this.writer.write(escalations, entries);
		this.writer.update(looked);
		CaseDeadlinesChecked found = new CaseDeadlinesChecked(escalated, missed, near);
		if (!found.isEmpty()) {
			this.events.publishEvent(found);
		}
		return new Result(looked.size(), breaches, escalations.size(), near.size());
	}

}
