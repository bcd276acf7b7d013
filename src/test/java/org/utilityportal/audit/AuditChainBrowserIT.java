package org.utilityportal.audit;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator checks the audit chains in the browser: intact with a new access-log
 * record waiting to be sealed, then sealed; after someone with database rights rewrote
 * that record, the page names it; put back, the chain is intact again.
 */
class AuditChainBrowserIT extends BrowserTest {

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
		assertThat(waitingAccessLogRecords()).as("written, not sealed yet: the sealer is off in the tests")
			.isPositive();

		AuditChainProbes.sealAll(this.chain, this.jdbc, "access_log");
		verifyNow();
		assertThat(waitingAccessLogRecords()).isZero();

		rewrite(recordId, "篡改过的内容");
		try {
			verifyNow();
			assertThat(this.browser.findElement(By.id("chain-result")).getDomAttribute("data-intact"))
				.isEqualTo("false");
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

	private long waitingAccessLogRecords() {
		return Long.parseLong(this.browser.findElement(By.cssSelector("#chain-access_log [data-waiting]"))
			.getDomAttribute("data-waiting"));
	}

	/** Runs the check and waits for the new result (not the one still on the page). */
	private void verifyNow() {
		List<WebElement> previous = this.browser.findElements(By.id("chain-checks"));
		submit("verify-form");
		if (!previous.isEmpty()) {
			new WebDriverWait(this.browser, Duration.ofSeconds(30))
				.until(ExpectedConditions.stalenessOf(previous.get(0)));
		}
		waitFor(By.id("chain-access_log"));
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
