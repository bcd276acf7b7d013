package org.utilityportal.audit;

import java.io.Serializable;

/**
 * The result of checking one table's hash chain from its first record (serializable: the
 * page hands it over in the flash, kept in the session store).
 *
 * @param table the chained table, e.g. {@code payment}
 * @param checked how many sealed records were read
 * @param problem the first problem found, or {@code null} when the chain is intact
 * @param position the position in the chain of the record named, or {@code null}
 * @param recordId the id of the first record that was changed, removed or slipped in, or
 * {@code null}
 * @param head the hash of the newest record (hexadecimal) when intact: noted down
 * elsewhere, it also reveals a removal of the newest records; {@code null} when empty or
 * broken
 */
public record ChainCheck(String table, long checked, ChainProblem problem, Long position, Long recordId,
		String head) implements Serializable {

	/** Whether the chain is intact. */
	public boolean intact() {
		return this.problem == null;
	}

	/** The message key naming the table. */
	public String tableKey() {
		return "auditChain.table." + this.table;
	}

}
