package org.utilityportal.appraisal;

import java.time.YearMonth;

/**
 * One person's month in the league table (and their own breakdown).
 *
 * @param rank their place in their unit (1 = best; people without a score last, no rank)
 * @param personId user account id
 * @param name their name
 * @param workNumber their work number
 * @param unit their unit
 * @param month the month
 * @param input what was measured
 * @param result the parts and the score
 * @param weights the weights applied
 */
public record AppraisalRow(Integer rank, long personId, String name, String workNumber, String unit, YearMonth month,
		AppraisalInput input, AppraisalCalculator.Appraisal result, Weights weights) {

}
