package org.utilityportal.quality;

import java.util.Set;

/**
 * The person inspected contested the result: the supervisors of their unit (but the
 * inspector) are asked to review it.
 *
 * @param inspectionId the inspection
 * @param inspected the person's name
 * @param reviewers who may review it
 */
public record InspectionContested(long inspectionId, String inspected, Set<Long> reviewers) {

}
