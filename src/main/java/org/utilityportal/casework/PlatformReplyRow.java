package org.utilityportal.casework;

import java.time.Instant;

/**
 * One reply sent back to a platform, in the platform's columns.
 *
 * @param platform the platform
 * @param ticket its ticket number
 * @param caseNumber our case number
 * @param receivedAt when we registered the case
 * @param platformDueAt the platform's deadline, or {@code null}
 * @param unit the team handling the case (name)
 * @param status the case's status now
 * @param repliedAt when the reply was sent back
 * @param text the reply
 * @param repliedBy who sent it (name at the time)
 * @param repliedByWorkNumber their work number
 */
public record PlatformReplyRow(Platform platform, String ticket, String caseNumber, Instant receivedAt,
		Instant platformDueAt, String unit, CaseStatus status, Instant repliedAt, String text, String repliedBy,
		String repliedByWorkNumber) {

	/** Whether the reply went back after the platform's deadline. */
	public boolean late() {
		return this.platformDueAt != null && this.repliedAt.isAfter(this.platformDueAt);
	}

}
