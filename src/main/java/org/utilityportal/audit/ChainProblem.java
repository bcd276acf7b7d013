package org.utilityportal.audit;

/**
 * What breaks a hash chain at a record (see {@link AuditChain}).
 */
public enum ChainProblem {

	/** The record's content no longer gives the hash it was sealed with. */
	CHANGED,
	/** The record is gone from its table. */
	REMOVED,
	/** The next link does not follow this record's: the record's seal was rewritten. */
	RELINKED,
	/** A link is missing before this one: a record's seal was deleted. */
	LINK_REMOVED,
	/**
	 * A record the sealer has already passed has no seal: it was written behind the
	 * sealer's back (with a forged place in the chain's order).
	 */
	NOT_CHAINED;

	/** The message key of the explanation. */
	public String messageKey() {
		return "auditChain.problem." + name();
	}

}
