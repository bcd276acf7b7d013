package org.utilityportal.appraisal;

import java.math.BigDecimal;

/**
 * What one person's month is scored on.
 *
 * @param slaMeasured first replies and resolutions charged to them (given or late)
 * @param slaOnTime of which in time
 * @param visits return visits of rounds they resolved
 * @param satisfied of which rated 4 or 5
 * @param resolved resolutions charged to them (the base of repeat complaints)
 * @param repeats repeat complaints of cases they resolved
 * @param inspections inspections with a result
 * @param inspectionAverage their average result, per cent, or {@code null}
 * @param actionsDue corrective actions due in the month
 * @param actionsOnTime of which done by the end of the due day
 */
public record AppraisalInput(long slaMeasured, long slaOnTime, long visits, long satisfied, long resolved, long repeats,
		long inspections, BigDecimal inspectionAverage, long actionsDue, long actionsOnTime) {

	/** Nothing to score. */
	public static final AppraisalInput NONE = new AppraisalInput(0, 0, 0, 0, 0, 0, 0, null, 0, 0);

}
