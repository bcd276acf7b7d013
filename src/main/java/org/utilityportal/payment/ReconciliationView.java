package org.utilityportal.payment;

import java.time.Instant;
import java.time.LocalDate;

import org.utilityportal.shared.money.Money;

/**
 * One day's reconciliation of one source.
 *
 * @param id the reconciliation
 * @param source a provider's code, or {@code bank}
 * @param statementDate the day
 * @param fileName the statement file
 * @param importedBy who imported it
 * @param importedAt when
 * @param statementCount lines of the statement
 * @param statementTotal their sum
 * @param portalCount payments the portal recorded for the day
 * @param portalTotal their sum
 * @param matched in both with the same amount
 * @param missingInPortal in the statement only
 * @param missingInStatement in the portal only
 * @param amountDifferences in both, amounts differ
 * @param openDifferences differences not yet closed
 */
public record ReconciliationView(long id, String source, LocalDate statementDate, String fileName, String importedBy,
		Instant importedAt, int statementCount, Money statementTotal, int portalCount, Money portalTotal, int matched,
		int missingInPortal, int missingInStatement, int amountDifferences, int openDifferences) {

	/** The message key of the source's name. */
	public String sourceKey() {
		return "reconciliation.source." + this.source;
	}

	/** Whether statement and portal agree entirely. */
	public boolean isBalanced() {
		return this.missingInPortal + this.missingInStatement + this.amountDifferences == 0;
	}

}
