package org.utilityportal.shared.db;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How stale a replica may be, from the primary's write positions and the replica's
 * replay.
 */
class ReplicaLagTest {

	private static final long SECOND = 1_000_000_000L;

	private final ReplicaLag lag = new ReplicaLag(100);

	@Test
	void aReplicaThatReplayedEverythingIsCurrentEvenWhenNothingIsWrittenForHours() {
		assertThat(this.lag.check(0, 1000, 1000)).isZero();
		assertThat(this.lag.check(3600 * SECOND, 1000, 1000)).isZero();
	}

	@Test
	void aReplicaThatStoppedReplayingFallsBehindByTheTimeSinceItWasLastCurrent() {
		assertThat(this.lag.check(0, 1000, 1000)).isZero();
		assertThat(this.lag.check(2 * SECOND, 2000, 1000)).isEqualTo(2 * SECOND);
		assertThat(this.lag.check(4 * SECOND, 3000, 1000)).isEqualTo(4 * SECOND);
		// It catches up with what the primary had at 2 s, not yet with 4 s and 6 s.
		assertThat(this.lag.check(6 * SECOND, 4000, 2500)).isEqualTo(4 * SECOND);
		assertThat(this.lag.check(8 * SECOND, 4000, 4000)).isZero();
	}

	@Test
	void aReplicaNeverSeenCurrentHasAnUnknownLag() {
		assertThat(this.lag.check(0, 5000, 1000)).isEqualTo(Long.MAX_VALUE);
		this.lag.check(SECOND, 5000, 5000);
		this.lag.reset();
		assertThat(this.lag.check(2 * SECOND, 6000, 5000)).isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void readsPostgresPositions() {
		assertThat(ReplicaLag.parse("0/3000148")).isEqualTo(0x3000148L);
		assertThat(ReplicaLag.parse("16/B374D848")).isEqualTo((0x16L << 32) | 0xB374D848L);
	}

}
