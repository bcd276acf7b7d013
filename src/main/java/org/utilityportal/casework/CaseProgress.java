package org.utilityportal.casework;

import java.time.Instant;

/**
 * Where a case stands, for a module that started it and tracks it (a catalogue order).
 *
 * @param id the case
 * @param number its number
 * @param status its status
 * @param registeredAt when it was registered
 * @param firstReplyDueAt the first reply is due by
 * @param resolutionDueAt the resolution is due by (moves while the case waits for the
 * customer)
 * @param firstRepliedAt when the first reply came, or {@code null}
 * @param resolvedAt when it was resolved, or {@code null}
 * @param late whether the first reply or the resolution came, or is, late
 */
public record CaseProgress(long id, String number, CaseStatus status, Instant registeredAt, Instant firstReplyDueAt,
		Instant resolutionDueAt, Instant firstRepliedAt, Instant resolvedAt, boolean late) {

}
