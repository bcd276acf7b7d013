package org.utilityportal.quality;

import java.math.BigDecimal;
import java.util.Set;

/**
 * An inspection got its result: first scored, or settled after a contest (upheld or
 * revised).
 *
 * @param inspectionId the inspection
 * @param status its status now
 * @param percent its result
 * @param tell who to tell (the person inspected, and after a review the inspector)
 */
public record InspectionScored(long inspectionId, InspectionStatus status, BigDecimal percent, Set<Long> tell) {

}
