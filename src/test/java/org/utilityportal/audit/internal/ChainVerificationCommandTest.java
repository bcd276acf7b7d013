package org.utilityportal.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.utilityportal.audit.ChainCheck;
import org.utilityportal.audit.ChainProblem;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerificationCommandTest {

	@Test
	void aBrokenChainNamesItsFirstBadRecordAndExitsWithThree() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = ChainVerificationCommand.report(
				List.of(new ChainCheck("access_log", 12, null, null, null, "ab12", 0, null),
						new ChainCheck("payment", 7, ChainProblem.CHANGED, 7L, 4711L, null, 0, null)),
				new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(code).isEqualTo(3);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("access_log: intact, 12 records, head ab12")
			.contains("payment: CHANGED at record id 4711 (position 7)")
			.contains("audit chain: BROKEN");
	}

	@Test
	void intactChainsExitWithZeroAndRecordsWaitingAreCountedWithTheAgeOfTheOldest() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ChainVerificationCommand.report(
				List.of(new ChainCheck("payment", 3, null, null, null, "ff", 0, null),
						new ChainCheck("ledger_entry", 5, null, null, null, "ee", 412, 37L)),
				new PrintStream(out, true, StandardCharsets.UTF_8)))
			.isZero();
		assertThat(out.toString(StandardCharsets.UTF_8))
			.contains("ledger_entry: intact, 5 records, head ee; 412 waiting to be sealed, the oldest for 37 s")
			.doesNotContain("payment: intact, 3 records, head ff;");
	}

}
