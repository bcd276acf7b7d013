package org.utilityportal.audit;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.utilityportal.support.BrowserTest;

/**
 * The administrators' audit chain page ({@code /admin/audit-chain}), as the browser tests
 * that check the chains read it: a row per chained table.
 */
abstract class AuditChainPages extends BrowserTest {

	/**
	 * Runs the check from the page that is open and waits for the new result (not the one
	 * still on the page).
	 */
	protected void verifyNow() {
		List<WebElement> previous = this.browser.findElements(By.id("chain-checks"));
		submit("verify-form");
		if (!previous.isEmpty()) {
			new WebDriverWait(this.browser, Duration.ofSeconds(30))
				.until(ExpectedConditions.stalenessOf(previous.get(0)));
		}
		waitFor(By.id("chain-access_log"));
	}

	/** The chained tables the page lists, in its order. */
	protected List<String> tables() {
		return this.browser.findElements(By.cssSelector("#chain-checks tbody tr"))
			.stream()
			.map((row) -> row.getDomAttribute("id").substring("chain-".length()))
			.toList();
	}

	/** How many of a chain's records the page says are sealed (and were checked). */
	protected long sealed(String table) {
		return Long.parseLong(this.browser.findElement(By.cssSelector("#chain-" + table + " td")).getText());
	}

	/** How many of a chain's records the page says wait to be sealed. */
	protected long waiting(String table) {
		return Long.parseLong(this.browser.findElement(By.cssSelector("#chain-" + table + " [data-waiting]"))
			.getDomAttribute("data-waiting"));
	}

	/** Whether the page says every chain is intact. */
	protected boolean allIntact() {
		return Boolean.parseBoolean(this.browser.findElement(By.id("chain-result")).getDomAttribute("data-intact"));
	}

}
