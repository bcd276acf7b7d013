package org.utilityportal.quality;

import java.time.LocalDate;

/**
 * A corrective action was given to its owner.
 *
 * @param actionId the action
 * @param ownerId its owner
 * @param title one line
 * @param dueOn the day it is due
 */
public record CorrectiveActionRaised(long actionId, long ownerId, String title, LocalDate dueOn) {

}
