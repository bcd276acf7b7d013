package org.utilityportal.payment;

import java.util.List;

/**
 * What importing a bank return file did.
 *
 * @param problems what is wrong with the file (then nothing was applied)
 * @param paid debits it marked paid (each now a payment)
 * @param failed debits it marked failed (each customer with a sign-in got a notice)
 * @param unchanged lines about debits answered before (a file applied again)
 * <p>
 * Serializable: the page shows it after a redirect, as a flash attribute in the session
 * (Spring Session JDBC keeps sessions in the database).
 */
public record ReturnResult(List<ImportProblem> problems, int paid, int failed,
		int unchanged) implements java.io.Serializable {

	public ReturnResult {
		problems = List.copyOf(problems);
	}

	/** Whether the file was applied. */
	public boolean isApplied() {
		return this.problems.isEmpty();
	}

}
