package org.utilityportal.casework;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.casework.internal.TrackedCaseQueries;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Cases as the modules that started them track them (a catalogue order is tracked by its
 * case): where each stands, and how a set of them went. No access is logged here; the
 * caller logs the view of what it shows.
 */
@Service
@RequiredArgsConstructor
public class TrackedCases {

	private final TrackedCaseQueries queries;

	/**
	 * The id of a case by its number.
	 * @throws NotFoundException when no case has it
	 */
	@Transactional(readOnly = true)
	public long idOf(String number) {
		return this.queries.idOf(number).orElseThrow(() -> new NotFoundException("Case " + number));
	}

	/** Where each of the cases stands, by case id (one statement). */
	@Transactional(readOnly = true)
	public Map<Long, CaseProgress> progress(Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		return this.queries.progress(caseIds).stream().collect(Collectors.toMap(CaseProgress::id, Function.identity()));
	}

	/**
	 * How the cases went, counted per group (one statement, aggregated in the database).
	 * @param groupOfCase each case's group (e.g. the service it was ordered for)
	 * @return the counts of each group with at least one case
	 */
	@Transactional(readOnly = true)
	public Map<Long, CaseOutcomes> outcomes(Map<Long, Long> groupOfCase) {
		if (groupOfCase.isEmpty()) {
			return Map.of();
		}
		Long[] cases = groupOfCase.keySet().toArray(Long[]::new);
		Long[] groups = new Long[cases.length];
		for (int i = 0; i < cases.length; i++) {
			groups[i] = groupOfCase.get(cases[i]);
		}
		return this.queries.outcomes(cases, groups);
	}

}
