package org.utilityportal.audit.internal;

import java.io.PrintStream;
import java.util.List;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.utilityportal.audit.AuditChain;
import org.utilityportal.audit.ChainCheck;

/**
 * {@code java -jar utility-portal.jar --portal.audit.verify-chain
 * --spring.main.web-application-type=none}: checks every hash chain, prints one line per
 * table (with the records still waiting to be sealed and the age of the oldest) and exits
 * with 0 when all are intact, 3 when one is broken. Records waiting break nothing: the
 * sealer of a running portal seals them within seconds.
 */
@Slf4j
@Component
@ConditionalOnBooleanProperty("portal.audit.verify-chain")
@RequiredArgsConstructor
class ChainVerificationCommand implements ApplicationRunner {

	static final int BROKEN = 3;

	private final AuditChain chain;

	private final ConfigurableApplicationContext context;

	@Override
	public void run(ApplicationArguments args) {
		int code = report(this.chain.verify(), System.out);
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

	/**
	 * Prints one line per chain and a verdict.
	 * @return the exit code: 0 when every chain is intact, {@link #BROKEN} otherwise
	 */
	static int report(List<ChainCheck> checks, PrintStream out) {
		checks.forEach((check) -> out.println(line(check)));
		boolean intact = checks.stream().allMatch(ChainCheck::intact);
		out.println(intact ? "audit chain: intact" : "audit chain: BROKEN");
		return intact ? 0 : BROKEN;
	}

	static String line(ChainCheck check) {
		String sealed = check.intact()
				? "%s: intact, %d records, head %s".formatted(check.table(), check.checked(), check.head())
				: "%s: %s at record id %s (position %s) after %d records".formatted(check.table(), check.problem(),
						check.recordId(), check.position(), check.checked());
		if (check.waiting() == 0) {
			return sealed;
		}
		return sealed + "; %d waiting to be sealed, the oldest for %d s".formatted(check.waiting(),
				check.oldestWaitingSeconds());
	}

}
