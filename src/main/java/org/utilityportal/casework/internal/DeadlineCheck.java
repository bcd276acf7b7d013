package org.utilityportal.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.utilityportal.casework.ClockKind;

/**
 * What one look of the escalation scan at a case did
 * ({@link ServiceCase#checkDeadlines}): the deadlines found passed, the escalations and
 * history entries it made (for the scan to write with those of the other cases of its
 * batch), the reminders and the warning to send.
 */
public final class DeadlineCheck {

	int breaches;

	Instant warnedDue;

	final List<CaseEscalation> escalations = new ArrayList<>();

	final List<Missed> missed = new ArrayList<>();

	final List<HistoryEntry> entries = new ArrayList<>();

	DeadlineCheck() {
	}

	/**
	 * A deadline passed that did not escalate the case: the people concerned at
	 * {@code tier} are reminded.
	 *
	 * @param clock which clock
	 * @param due its deadline
	 * @param tier the tier whose people are told (2 at least)
	 */
	public record Missed(ClockKind clock, Instant due, int tier) {
	}

	/** Deadlines found passed. */
	public int breaches() {
		return this.breaches;
	}

	/** The escalations made, oldest first (not yet written). */
	public List<CaseEscalation> escalations() {
		return Collections.unmodifiableList(this.escalations);
	}

	/** The reminders to send for deadlines that passed without escalating. */
	public List<Missed> missed() {
		return Collections.unmodifiableList(this.missed);
	}

	/** The history entries made, in order (not yet written). */
	public List<HistoryEntry> entries() {
		return Collections.unmodifiableList(this.entries);
	}

	/** The deadline a warning was given for, or {@code null} when none was due. */
	public Instant warnedDue() {
		return this.warnedDue;
	}

}
