package org.utilityportal.dataimport;

import java.time.Instant;

/**
 * A file handed to the go-live import, as its page shows it.
 *
 * @param id the run
 * @param fileName the uploaded file's name
 * @param charset UTF-8 or GBK (as chosen or detected)
 * @param status UPLOADED, CHECKING, CHECKED, IMPORTING, IMPORTED or FAILED
 * @param totalRows rows in the file (an estimate until the dry run has read it)
 * @param rowsDone rows done so far
 * @param rejectedRows rows the dry run rejected
 * @param customersAdded customers the import added
 * @param accountsAdded accounts it added
 * @param readingsAdded opening readings it added
 * @param balancesAdded opening balances it added
 * @param failure why it failed, a message key or a technical text
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 * @param finishedAt when the last step ended
 * @param version the version an action must be made from
 */
public record ImportRunView(long id, String fileName, String charset, String status, long totalRows, long rowsDone,
		long rejectedRows, long customersAdded, long accountsAdded, long readingsAdded, long balancesAdded,
		String failure, String uploadedBy, Instant uploadedAt, Instant finishedAt, long version) {

	/** Done so far, 0 to 100. */
	public int percent() {
		if (this.totalRows <= 0) {
			return "CHECKING".equals(this.status) || "IMPORTING".equals(this.status) ? 0 : 100;
		}
		return (int) Math.min(100, this.rowsDone * 100 / this.totalRows);
	}

	/** Whether it is checking or importing now. */
	public boolean working() {
		return "CHECKING".equals(this.status) || "IMPORTING".equals(this.status);
	}

	/** Whether the import may start: a dry run that rejected nothing. */
	public boolean importable() {
		return "CHECKED".equals(this.status) && this.rejectedRows == 0;
	}

}
