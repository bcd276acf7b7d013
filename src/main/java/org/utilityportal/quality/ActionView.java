package org.utilityportal.quality;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A corrective action.
 *
 * @param id its id
 * @param inspectionId the inspection it answers, or {@code null}
 * @param campaignId the campaign whose rectification item it is, or {@code null}
 * @param unitId the owner's unit
 * @param unit its name
 * @param ownerId the owner
 * @param owner the owner's name and work number
 * @param title one line
 * @param finding what was found
 * @param diagnosis the cause found, or {@code null}
 * @param plan the plan, or {@code null}
 * @param evidence what shows it was carried out, or {@code null}
 * @param status where it stands
 * @param dueOn the day it is due
 * @param tier 1, or 2–3 once overdue
 * @param raisedBy who raised it
 * @param raisedAt when
 * @param doneAt when it was carried out, or {@code null}
 * @param overdue not done and its day has passed
 * @param version optimistic-locking version
 */
public record ActionView(long id, Long inspectionId, Long campaignId, long unitId, String unit, long ownerId,
		String owner, String title, String finding, String diagnosis, String plan, String evidence, ActionStatus status,
		LocalDate dueOn, int tier, String raisedBy, Instant raisedAt, Instant doneAt, boolean overdue, long version) {

}
