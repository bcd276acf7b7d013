package org.utilityportal.dataimport.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One file handed to the go-live import and what became of it: uploaded → checking →
 * checked (with its rejected rows) → importing → imported; or failed, with why. A file is
 * imported only after a dry run found nothing to reject. Progress (rows done) is written
 * beside the entity by {@link ImportProgressWriter} while a run works.
 */
@Entity
@Table(name = "import_run")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ImportRun {

	/** Where a run stands. */
	public enum Status {

		UPLOADED, CHECKING, CHECKED, IMPORTING, IMPORTED, FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fileName;

	private String fileSha256;

	private String charset;

	private String storedPath;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Status status;

	private long totalRows;

	private long rowsDone;

	private long rejectedRows;

	private long customersAdded;

	private long accountsAdded;

	private long readingsAdded;

	private long balancesAdded;

	private String failure;

	private String uploadedBy;

	private Instant uploadedAt;

	private Instant startedAt;

	private Instant finishedAt;

	private Instant heartbeatAt;

	@Version
	private long version;

	public ImportRun(String fileName, String sha256, String charset, String storedPath, String by, Instant at) {
		this.fileName = fileName;
		this.fileSha256 = sha256;
		this.charset = charset;
		this.storedPath = storedPath;
		this.status = Status.UPLOADED;
		this.uploadedBy = by;
		this.uploadedAt = at;
	}

	/**
	 * Starts a dry run: allowed after the upload, after a dry run, or after a failure.
	 */
	public void startCheck(long totalRows, Instant at) {
		require(this.status == Status.UPLOADED || this.status == Status.CHECKED || this.status == Status.FAILED);
		this.status = Status.CHECKING;
		this.totalRows = totalRows;
		this.rowsDone = 0;
		this.rejectedRows = 0;
		this.failure = null;
		this.startedAt = at;
		this.heartbeatAt = at;
		this.finishedAt = null;
	}

	/** The dry run read every row. */
	public void checked(long rows, long rejected, Instant at) {
		require(this.status == Status.CHECKING);
		this.status = Status.CHECKED;
		this.totalRows = rows;
		this.rowsDone = rows;
		this.rejectedRows = rejected;
		this.finishedAt = at;
	}

	/** Starts the import: only after a dry run that rejected nothing. */
	public void startImport(Instant at) {
		require(this.status == Status.CHECKED && this.rejectedRows == 0);
		this.status = Status.IMPORTING;
		this.rowsDone = 0;
		this.startedAt = at;
		this.heartbeatAt = at;
		this.finishedAt = null;
	}

	/** The import committed. */
	public void imported(long customers, long accounts, long readings, long balances, Instant at) {
		require(this.status == Status.IMPORTING);
		this.status = Status.IMPORTED;
		this.rowsDone = this.totalRows;
		this.customersAdded = customers;
		this.accountsAdded = accounts;
		this.readingsAdded = readings;
		this.balancesAdded = balances;
		this.finishedAt = at;
	}

	/**
	 * The run stopped without a result (nothing of an import was kept); a new dry run may
	 * start.
	 */
	public void failed(String why, Instant at) {
		this.status = Status.FAILED;
		this.failure = (why != null && why.length() > 400) ? why.substring(0, 400) : why;
		this.finishedAt = at;
	}

	/** Whether a run is working now (checking or importing). */
	public boolean isWorking() {
		return this.status == Status.CHECKING || this.status == Status.IMPORTING;
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new IllegalStateException("Not allowed in this state");
		}
	}

}
