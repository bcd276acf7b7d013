package org.utilityportal.shared.db;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How far a replica is behind, measured on the portal's own clock only: every check notes
 * the primary's write position (WAL LSN) with the moment it was read. When the replica
 * has replayed up to a note's position it holds every write made before that moment, so
 * it is at most as stale as the time since the newest note it has replayed. A replica
 * that replayed everything the primary had written at this check is current (lag 0), also
 * when nothing is written for hours, unlike
 * {@code now() - pg_last_xact_replay_timestamp()}, which grows while the primary is idle.
 * Until a replica is seen current once, its lag is unknown (the largest value).
 */
final class ReplicaLag {

	private record Note(long nanos, long lsn) {
	}

	private final Deque<Note> notes = new ArrayDeque<>();

	private final int capacity;

	private Long currentAt;

	ReplicaLag(int capacity) {
		this.capacity = capacity;
	}

	/**
	 * One check.
	 * @param nanos when the primary's position was read (monotonic nanoseconds)
	 * @param primaryLsn the primary's write position then
	 * @param replayedLsn the position the replica has replayed, read just after
	 * @return at most how many nanoseconds of the primary's writes the replica misses
	 */
	synchronized long check(long nanos, long primaryLsn, long replayedLsn) {
		this.notes.addLast(new Note(nanos, primaryLsn));
		while (this.notes.size() > this.capacity) {
			this.notes.removeFirst();
		}
		while (!this.notes.isEmpty() && this.notes.peekFirst().lsn() <= replayedLsn) {
			this.currentAt = this.notes.removeFirst().nanos();
		}
		return (this.currentAt != null) ? nanos - this.currentAt : Long.MAX_VALUE;
	}

	/** Forgets what was seen (the replica went away). */
	synchronized void reset() {
		this.notes.clear();
		this.currentAt = null;
	}

	/** Parses PostgreSQL's {@code X/Y} LSN notation into a number. */
	static long parse(String lsn) {
		int slash = lsn.indexOf('/');
		return (Long.parseLong(lsn.substring(0, slash), 16) << 32) | Long.parseLong(lsn.substring(slash + 1), 16);
	}

}
