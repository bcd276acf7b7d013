package org.utilityportal.appraisal;

import java.time.LocalDate;

/**
 * The weights of a month's score, per cent, summing to 100.
 *
 * @param effectiveFrom the first month they apply to (its first day)
 * @param sla SLA compliance
 * @param satisfaction return-visit satisfaction
 * @param repeats freedom from repeat complaints
 * @param inspections inspection results
 * @param actions corrective actions done in time
 */
public record Weights(LocalDate effectiveFrom, int sla, int satisfaction, int repeats, int inspections, int actions) {

	public Weights {
		for (int weight : new int[] { sla, satisfaction, repeats, inspections, actions }) {
			if (weight < 0 || weight > 100) {
				throw new IllegalArgumentException("Weights are 0-100");
			}
		}
		if (sla + satisfaction + repeats + inspections + actions != 100) {
			throw new IllegalArgumentException("Weights add up to 100");
		}
	}

}
