package org.utilityportal.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.utilityportal.calendar.WorkingTime;
import org.utilityportal.casework.Nature;

/**
 * The at-risk rule (issue 14): an open case is at risk when the working time left before
 * its resolution deadline is less than its team's recent median handling time for that
 * kind of case (nature) times its place in its queue. A queue is the open cases of one
 * person (the responsible person), or of a team's cases not yet given to anyone, in order
 * of their deadlines; the place counts the case itself, so a case with nothing ahead is
 * at risk when less than one median handling time is left. Cases already overdue are not
 * "at risk" (they are late), cases waiting for the customer are not queued (their clock
 * stands still), and a kind of case without enough recent history has no median and is
 * never flagged. Pure: the moment is given.
 */
public final class AtRiskRule {

	private AtRiskRule() {
	}

	/**
	 * An open case in a queue.
	 *
	 * @param caseId case id
	 * @param number case number
	 * @param round its round
	 * @param summary its summary
	 * @param unitId the team responsible
	 * @param personId the person responsible, {@code null}: the team's pool
	 * @param nature its nature
	 * @param due its resolution deadline
	 * @param counting how its resolution clock counts time
	 */
	public record Queued(long caseId, String number, int round, String summary, long unitId, Long personId,
			Nature nature, Instant due, WorkingTime counting) {
	}

	/**
	 * A team's recent median handling time for a kind of case.
	 *
	 * @param unitId the team
	 * @param nature the kind of case
	 */
	public record Kind(long unitId, Nature nature) {
	}

	/**
	 * A case found at risk.
	 *
	 * @param queued the case
	 * @param remainingMinutes working minutes left before its deadline
	 * @param medianMinutes the team's median handling time for its kind, working minutes
	 * @param position its place in its queue, 1 for the first
	 */
	public record AtRisk(Queued queued, long remainingMinutes, long medianMinutes, int position) {
	}

	/**
	 * The cases at risk at {@code now}.
	 * @param open the open cases whose resolution clock runs
	 * @param medians median handling times, working minutes
	 */
	public static List<AtRisk> evaluate(List<Queued> open, Map<Kind, Long> medians, Instant now) {
		Map<List<Long>, List<Queued>> queues = new LinkedHashMap<>();
		for (Queued c : open) {
			queues.computeIfAbsent(queueOf(c), (key) -> new ArrayList<>()).add(c);
		}
		List<AtRisk> atRisk = new ArrayList<>();
		for (List<Queued> queue : queues.values()) {
			queue.sort(Comparator.comparing(Queued::due).thenComparing(Queued::number));
			for (int i = 0; i < queue.size(); i++) {
				Queued c = queue.get(i);
				Long median = medians.get(new Kind(c.unitId(), c.nature()));
				if (median == null || !c.due().isAfter(now)) {
					continue;
				}
				long remaining = c.counting().counted(now, c.due(), List.of()).toMinutes();
				if (remaining < median * (i + 1)) {
					atRisk.add(new AtRisk(c, remaining, median, i + 1));
				}
			}
		}
		return atRisk;
	}

	private static List<Long> queueOf(Queued c) {
		return (c.personId() != null) ? List.of(c.unitId(), c.personId()) : List.of(c.unitId());
	}

}
