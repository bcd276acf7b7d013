package org.utilityportal.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.utilityportal.support.Browser;
import org.utilityportal.support.EmptyPortal;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit chain page of a portal installed on an empty database with demo data off (no
 * scheduled sealer, as in every test): the check finds every chain intact with no record
 * sealed and nothing in the access log; the records the migrations put in chained tables
 * (the late-payment charge's rates, the service catalogue, the SLA policies' changes,
 * metro fares) wait. After the first access-log record and a seal, the access log's chain
 * holds that one record, the others what waited, and nothing waits. The page and the data
 * are the empty portal's; the test context's beans are not used.
 */
class AuditChainOnAnEmptyPortalBrowserIT extends AuditChainPages {

	private static final String ADMIN_PASSWORD = "Bootstrap#2026au";

	private static EmptyPortal portal;

	@BeforeAll
	static void install() {
		portal = EmptyPortal.start(ADMIN_PASSWORD);
	}

	@AfterAll
	static void uninstall() {
		if (portal != null) {
			portal.close();
		}
	}

	/** The empty portal's pages, not the shared test context's. */
	@Override
	protected String url(String path) {
		return "http://127.0.0.1:" + portal.port() + path;
	}

	@Test
	void nothingIsSealedUntilTheFirstSealAndThenEveryRecordWritten() throws Exception {
		signIn("admin", ADMIN_PASSWORD);
		this.browser.get(url("/admin/audit-chain"));
		verifyNow();
		assertThat(allIntact()).isTrue();
		Map<String, Long> waitingBefore = new LinkedHashMap<>();
		for (String table : tables()) {
			assertThat(sealed(table)).as("sealed records of %s", table).isZero();
			waitingBefore.put(table, waiting(table));
		}
		assertThat(waitingBefore).containsEntry("access_log", 0L)
			.containsEntry("payment", 0L)
			.containsEntry("ledger_entry", 0L)
			.containsEntry("tariff_version", 0L);
		Browser.screenshot("audit-chain-empty");

		JdbcClient jdbc = portal.bean(JdbcClient.class);
		portal.bean(AccessLog.class)
			.record(TestPrincipal.of(jdbc, "admin"), AccessAction.EXPORT, AccessChannel.WEB, null, null, "审计链首条记录");
		verifyNow();
		assertThat(waiting("access_log")).isEqualTo(1);
		assertThat(sealed("access_log")).isZero();

		AuditChainProbes.sealAll(portal.bean(AuditChain.class), jdbc, "access_log");
		verifyNow();
		assertThat(allIntact()).isTrue();
		assertThat(sealed("access_log")).isEqualTo(1);
		for (String table : tables()) {
			assertThat(waiting(table)).as("waiting records of %s", table).isZero();
			assertThat(sealed(table)).as("sealed records of %s", table)
				.isEqualTo(waitingBefore.get(table) + ("access_log".equals(table) ? 1 : 0));
		}
	}

}
