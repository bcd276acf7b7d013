package org.utilityportal.billing;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counter's daily path with the keyboard alone: sign in, jump to the search box with
 * {@code /}, find the customer, open the account's billing desk, take a payment by card
 * and read the receipt. Every stop the focus makes shows it.
 */
class KeyboardPaymentBrowserIT extends BrowserTest {

	@Test
	void aClerkTakesAPaymentWithTheKeyboardOnly() {
		long customerId = this.customers.open("键盘收费");
		long accountId = this.customers.openElectricity(customerId);
		String accountNumber = this.customers.accountNumber(accountId);

		this.browser.get(url("/login"));
		tabTo((e) -> "username".equals(e.getDomAttribute("id"))).sendKeys("counter1", Keys.TAB);
		focused().sendKeys(DEMO_PASSWORD, Keys.ENTER);
		waitFor(By.id("landing"));

		this.browser.findElement(By.tagName("body")).sendKeys("/");
		assertThat(focused().getDomAttribute("id")).as("/ jumps to the search box").isEqualTo("quick-search");
		focused().sendKeys(accountNumber, Keys.ENTER);
		waitFor(By.id("search-results"));

		WebElement customer = tabTo((e) -> href(e).matches(".*/counter/customers/" + customerId));
		assertFocusIsVisible(customer);
		customer.sendKeys(Keys.ENTER);
		waitFor(By.id("accounts"));

		WebElement billing = tabTo((e) -> href(e).endsWith("/counter/accounts/" + accountId + "/billing"));
		assertFocusIsVisible(billing);
		billing.sendKeys(Keys.ENTER);
		waitFor(By.id("payment"));

		WebElement amount = tabTo((e) -> "amount".equals(e.getDomAttribute("id")));
		assertFocusIsVisible(amount);
		amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "88.50", Keys.TAB);
		assertThat(focused().getDomAttribute("id")).isEqualTo("method");
		focused().sendKeys(Keys.ARROW_DOWN);
		focused().sendKeys(Keys.TAB);
		assertFocusIsVisible(focused());
		assertThat(focused().getDomAttribute("type")).isEqualTo("submit");
		focused().sendKeys(Keys.ENTER);

		waitFor(By.id("receipt"));
		Browser.screenshot("keyboard-receipt");
		assertThat(this.jdbc.sql("select amount from payment where account_id = ? and method = 'CARD'")
			.param(accountId)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("88.50");
		assertThat(this.browser.findElement(By.id("receipt-summary")).getText()).contains("88.50");
	}

	private void assertFocusIsVisible(WebElement element) {
		String outline = (String) ((JavascriptExecutor) this.browser).executeScript(
				"const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", element);
		assertThat(outline).as("focus ring of %s", element.getTagName()).startsWith("solid").endsWith("3px");
	}

	private static String href(WebElement element) {
		String href = element.getDomAttribute("href");
		return (href != null) ? href : "";
	}

}
