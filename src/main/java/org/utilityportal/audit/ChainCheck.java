package org.utilityportal.audit;

import java.io.Serializable;

/**
 * The result of checking one table's hash chain from its first record (serializable: the
 * page hands it over in the flash, kept in the session store).
 *
 * @param table the chained table, e.g. {@code payment}
 * @param checked how many sealed records were read
 * @param problem the first problem found among the sealed records, or {@code null} when
 * the chain is intact
 * @param position the position in the chain of the record named, or {@code null}
 * @param recordId the id of the first record that was changed, removed or slipped in, or
 * {@code null}
 * @param head the hash of the newest record (hexadecimal) when intact: noted down
 * elsewhere, it also reveals a removal of the newest records; {@code null} when empty or
 * broken
 * @param waiting how many committed records wait to be sealed (the sealer runs every few
 * seconds; a long transaction holds it back until it ends)
 * @param oldestWaitingSeconds how long the oldest of them has waited, in whole seconds on
 * the database's clock, or {@code null} when none waits
 */
public record ChainCheck(String table, long checked, ChainProblem problem, Long position, Long recordId, String head,
		long waiting, Long oldestWaitingSeconds) implements Serializable {

	/** Whether the sealed chain is intact (records still waiting do not break it). */
	public boolean intact() {
		return this.problem == null;
	}

	/**
	 * The message key of the unit the oldest waiting record's age reads best in: seconds
	 * up to two minutes, minutes up to two hours, then hours.
	 */
	public String waitingAgeKey() {
		long seconds = (this.oldestWaitingSeconds != null) ? this.oldestWaitingSeconds : 0;
		return (seconds < 120) ? "auditChain.age.seconds"
				: (seconds < 7200) ? "auditChain.age.minutes" : "auditChain.age.hours";
	}

	/**
	 * The oldest waiting record's age in the unit of {@link #waitingAgeKey()}, rounded
	 * down.
	 */
	public long waitingAgeAmount() {
		long seconds = (this.oldestWaitingSeconds != null) ? this.oldestWaitingSeconds : 0;
		return (seconds < 120) ? seconds : (seconds < 7200) ? seconds / 60 : seconds / 3600;
	}

	/** The message key naming the table. */
	public String tableKey() {
		return "auditChain.table." + this.table;
	}

}
