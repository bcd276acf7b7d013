package org.utilityportal.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A billing run and how far it got.
 *
 * @param id the run
 * @param month the billing month (its first day)
 * @param status started, completed or failed
 * @param startedBy who started it
 * @param startedAt when
 * @param finishedAt when it ended, {@code null} while running
 * @param accountsRead accounts read so far
 * @param billsIssued bills written so far
 * @param skipped accounts skipped so far, by reason
 * @param running whether it is running now: in this instance, or in another one whose
 * heartbeat is fresh
 * @param owner the instance that runs or last ran it
 */
public record BillingRunView(long id, LocalDate month, String status, String startedBy, Instant startedAt,
		Instant finishedAt, long accountsRead, long billsIssued, Map<SkipReason, Long> skipped, boolean running,
		Owner owner) {

	/**
	 * The instance of the portal that runs or last ran a run.
	 *
	 * @param instance its name ({@code null} for runs from before instances were
	 * recorded)
	 * @param heartbeatAt when it last said it was running the run
	 * @param takenOverFrom the instance that died while running it, when it was taken
	 * over
	 * @param takenOverAt when it was taken over
	 */
	public record Owner(String instance, Instant heartbeatAt, String takenOverFrom, Instant takenOverAt) {

	}

	/** Whether it stopped before the end and can carry on. */
	public boolean canRestart() {
		return !this.running && !"COMPLETED".equals(this.status);
	}

	/** All skipped accounts. */
	public long skippedTotal() {
		return this.skipped.values().stream().mapToLong(Long::longValue).sum();
	}

}
