package org.utilityportal.payment;

import java.util.List;

/**
 * What importing a statement did.
 *
 * @param problems what is wrong with the file (then nothing was kept)
 * @param reconciliation the reconciliation, {@code null} when refused
 */
public record ReconcileResult(List<ImportProblem> problems, ReconciliationView reconciliation) {

	public ReconcileResult {
		problems = List.copyOf(problems);
	}

	public boolean isImported() {
		return this.reconciliation != null;
	}

}
