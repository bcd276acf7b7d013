package org.utilityportal.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainCheckTest {

	@Test
	void theOldestWaitingRecordsAgeReadsInSecondsThenMinutesThenHours() {
		assertThat(waitingFor(119L)).isEqualTo("119 auditChain.age.seconds");
		assertThat(waitingFor(120L)).isEqualTo("2 auditChain.age.minutes");
		assertThat(waitingFor(7_199L)).isEqualTo("119 auditChain.age.minutes");
		assertThat(waitingFor(7_200L)).isEqualTo("2 auditChain.age.hours");
	}

	@Test
	void nothingWaitingIsNotBroken() {
		ChainCheck check = new ChainCheck("payment", 4, null, null, null, "ab", 0, null);
		assertThat(check.intact()).isTrue();
		assertThat(check.waitingAgeAmount()).isZero();
	}

	private static String waitingFor(Long seconds) {
		ChainCheck check = new ChainCheck("ledger_entry", 10, null, null, null, "ff", 3, seconds);
		return check.waitingAgeAmount() + " " + check.waitingAgeKey();
	}

}
