package org.utilityportal.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.quality.internal.ActionOverdueWriter;
import org.utilityportal.quality.internal.QualityPeople;

/**
 * Escalates overdue corrective actions like cases, every hour: the day after the due day
 * to tier 2 (the owner and the supervisors of the owner's unit are told), a week after to
 * tier 3 (the customer-service centre's supervisors too). Each action reaches each tier
 * once, also with several instances ({@link ActionOverdueWriter}).
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class ActionOverdueScan {

	private final ActionOverdueWriter writer;

	private final QualityPeople people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Scheduled(fixedDelayString = "${portal.quality.overdue-interval:1h}", initialDelayString = "2m")
	@SchedulerLock(name = "corrective-actions-overdue", lockAtLeastFor = "PT50M", lockAtMostFor = "PT55M")
	public void scheduled() {
		int raised = run();
		if (raised > 0) {
			log.info("Overdue corrective actions: {} raised a tier", raised);
		}
	}

	/**
	 * Checks once.
	 * @return how many actions went up a tier
	 */
	@Transactional
	public int run() {
		List<ActionOverdueWriter.Raised> raised = this.writer.raise(LocalDate.now(this.clock), this.clock.instant());
		if (!raised.isEmpty()) {
			this.events.publishEvent(new CorrectiveActionsOverdue(raised.stream().map((a) -> {
				Set<Long> concerned = new LinkedHashSet<>(List.of(a.ownerId()));
				concerned.addAll((a.tier() >= 3) ? this.people.centreOf(a.unitId()) : this.people.leadsOf(a.unitId()));
				return new CorrectiveActionsOverdue.Overdue(a.id(), a.title(), a.dueOn(), a.tier(), concerned);
			}).toList()));
		}
		return raised.size();
	}

}
