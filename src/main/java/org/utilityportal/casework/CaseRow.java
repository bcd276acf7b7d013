package org.utilityportal.casework;

import java.time.Instant;

import org.utilityportal.shared.domain.Utility;

/**
 * A case in a list (no personal data: lists are not logged as views of a customer).
 *
 * @param number case number
 * @param registeredAt when it was registered
 * @param nature nature
 * @param subject subject
 * @param utility utility
 * @param status status
 * @param tier escalation tier 1–4
 * @param dueAt the nearest running deadline, {@code null} when none runs (paused, closed)
 * @param late whether the first reply or resolution deadline was missed
 * @param summary one line
 * @param ownerWorkNumber the owner's work number, {@code null} while unowned
 * @param repeat whether it repeats an earlier complaint
 */
public record CaseRow(String number, Instant registeredAt, Nature nature, Subject subject, Utility utility,
		CaseStatus status, int tier, Instant dueAt, boolean late, String summary, String ownerWorkNumber,
		boolean repeat) {

}
