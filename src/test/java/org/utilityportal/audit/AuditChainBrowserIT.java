package org.utilityportal.audit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.support.Browser;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator checks the audit chains in the browser: intact with a new access-log
 * record waiting to be sealed, then sealed; after someone with database rights rewrote
 * that record, the page names it; put back, the chain is intact again.
 */
class AuditChainBrowserIT extends AuditChainPages {

	@Autowired
	AccessLog accessLog;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AuditChain chain;

	@Test
	void theCheckNamesTheAccessLogRecordThatWasRewritten() throws Exception {
		long customerId = this.customers.open("审计链浏览器");
		this.accessLog.record(TestPrincipal.of(this.jdbc, "counter1"), AccessAction.VIEW, AccessChannel.WEB, customerId,
				null, "审计链测试");
		long recordId = this.jdbc.sql("select max(id) from access_log where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single();

		signIn("admin1", DEMO_PASSWORD);
		this.browser.get(url("/admin/audit-chain"));
		verifyNow();
		assertThat(this.browser.findElement(By.id("chain-access_log")).getDomAttribute("data-problem")).isNull();
		assertThat(waiting("access_log")).as("written, not sealed yet: the sealer is off in the tests").isPositive();

		AuditChainProbes.sealAll(this.chain, this.jdbc, "access_log");
		verifyNow();
		assertThat(waiting("access_log")).isZero();

		rewrite(recordId, "篡改过的内容");
		try {
			verifyNow();
			assertThat(allIntact()).isFalse();
			assertThat(this.browser.findElement(By.id("chain-access_log")).getDomAttribute("data-record"))
				.isEqualTo(String.valueOf(recordId));
			assertThat(this.browser.findElement(By.id("chain-access_log")).getText())
				.contains("编号 " + recordId + " 的记录");
			assertAccessible();
			Browser.screenshot("audit-chain-broken");
		}
		finally {
			rewrite(recordId, "审计链测试");
		}
		verifyNow();
		assertThat(this.browser.findElement(By.id("chain-access_log")).getDomAttribute("data-problem")).isNull();
	}

	/** What someone with the database owner's rights could do: switch the guard off. */
	private void rewrite(long recordId, String detail) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.jdbc.sql("alter table access_log disable trigger access_log_append_only").update();
			this.jdbc.sql("update access_log set detail = ? where id = ?").params(detail, recordId).update();
			this.jdbc.sql("alter table access_log enable trigger access_log_append_only").update();
		});
	}

}
