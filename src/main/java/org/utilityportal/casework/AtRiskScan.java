package org.utilityportal.casework;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.casework.internal.AtRiskQueries;
import org.utilityportal.casework.internal.AtRiskRule;
import org.utilityportal.casework.internal.AtRiskWriter;
import org.utilityportal.casework.internal.CaseClocks;
import org.utilityportal.casework.internal.CaseRouting;
import org.utilityportal.casework.internal.CaseTime;

/**
 * Finds the open cases at risk of missing their resolution deadline ({@link AtRiskRule}:
 * less working time left than the team's median handling time of the last 30 days times
 * the place in the queue), every five minutes, and keeps them for the dashboard and the
 * case lists; the team leads of a case newly at risk are told through {@link CasesAtRisk}
 * (once per case and round: the notice is keyed by both). One instance checks at a time
 * (ShedLock on the schedule, an advisory lock inside); a check reads the medians and the
 * open cases in one statement each and writes the set in three, whatever its size.
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class AtRiskScan {

	private final AtRiskQueries queries;

	private final AtRiskWriter writer;

	private final CaseClocks clocks;

	private final CaseRouting routing;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	@Value("${portal.casework.at-risk-history:30d}")
	private Duration history;

	@Scheduled(fixedDelayString = "${portal.casework.at-risk-interval:5m}", initialDelayString = "90s")
	@SchedulerLock(name = "at-risk-check", lockAtLeastFor = "PT1M", lockAtMostFor = "PT4M")
	public void scheduled() {
		int found = run();
		if (found > 0) {
			log.info("At-risk check: {} cases at risk", found);
		}
	}

	/**
	 * Checks once.
	 * @return the cases at risk now ({@code -1} when another instance was checking)
	 */
	public int run() {
		Integer found = this.transactions.execute((status) -> {
			if (!this.writer.claim()) {
				return -1;
			}
			CaseTime time = this.clocks.now();
			Map<AtRiskRule.Kind, Long> medians = this.queries.medians(time.now().minus(this.history));
			List<AtRiskRule.Queued> open = this.queries.open()
				.stream()
				.map((c) -> new AtRiskRule.Queued(c.id(), c.number(), c.round(), c.summary(), c.unitId(), c.personId(),
						c.nature(), c.due(), time.counting(c.calendarId(), c.allHours())))
				.toList();
			List<AtRiskRule.AtRisk> atRisk = medians.isEmpty() ? List.of()
					: AtRiskRule.evaluate(open, medians, time.now());
			Set<Long> added = this.writer.replace(atRisk, time.now());
			if (!added.isEmpty()) {
				CaseRouting.Organisation organisation = this.routing.organisation();
				this.events.publishEvent(new CasesAtRisk(atRisk.stream()
					.filter((risk) -> added.contains(risk.queued().caseId()))
					.map((risk) -> new CasesAtRisk.CaseAtRisk(risk.queued().number(), risk.queued().round(),
							risk.queued().summary(), risk.queued().due(), risk.remainingMinutes(), risk.position(),
							this.routing.leadsOf(risk.queued().unitId(), organisation)))
					.toList()));
			}
			return atRisk.size();
		});
		return (found != null) ? found : 0;
	}

}
