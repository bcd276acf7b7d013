package org.utilityportal.billing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.identity.CustomerLogins;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;
import org.utilityportal.tariff.SteppedTimeOfUseFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps with time-of-use prices in a real browser: a price officer writes them, a second
 * officer publishes them, the household with a time-of-use meter reads its bill with each
 * step shared between peak and valley, and the clerk runs "what if" for that household.
 */
class SteppedTimeOfUseBrowserIT extends BrowserTest {

	@Autowired
	private ServiceAccounts accounts;

	@Autowired
	private MeterReadings readings;

	@Autowired
	private BillingRuns runs;

	@Autowired
	private CustomerLogins logins;

	@Test
	void publishedStepsWithTimeOfUsePricesSplitTheBillAndTheClerkComparesWithoutThem() throws Exception {
		// The officers work 75 days ago, so the version (from the 1st of their next
		// month)
		// covers last month entirely.
		this.clock.advance(Duration.ofDays(-75));
		signIn("admin1", DEMO_PASSWORD);
		this.browser.get(url("/admin/tariffs"));
		this.browser.findElement(By.linkText("居民生活用电")).click();
		click(this.browser.findElement(By.id("new-version")));
		waitFor(By.id("version-form"));
		type("documentNumber", "浏览器测试：居民阶梯分时电价");
		pick("documentDate", LocalDate.now(this.clock).toString());
		for (int step = 0; step < SteppedTimeOfUseFixture.STEPS.length; step++) {
			String[] prices = SteppedTimeOfUseFixture.STEPS[step];
			type("tiers" + step + ".upTo", (prices[0] != null) ? prices[0] : "");
			type("tiers" + step + ".price", prices[1]);
			type("tiers" + step + ".peakPrice", prices[2]);
			type("tiers" + step + ".valleyPrice", prices[3]);
		}
		type("bands0.hours", "08:00-23:00");
		type("bands2.hours", "23:00-08:00");
		for (String price : new String[] { "bands0.price", "bands1.price", "bands2.price" }) {
			type(price, "");
		}
		submit("version-form");
		waitFor(By.id("publish-form"));
		assertThat(this.browser.findElement(By.className("split-rule")).getText()).contains("按本期峰、平、谷电量的比例分摊");
		String version = this.browser.getCurrentUrl();
		assertThat(publishAsSecondOfficer(version)).isEqualTo("PUBLISHED");
		long customerId = this.customers.open("分时浏览器");
		long accountId = SteppedTimeOfUseFixture.timeOfUseAccount(this.accounts, this.customers, customerId);
		this.clock.reset();

		// Last month: 3,000 kWh, 2,250 peak and 750 valley, a first bill (nothing used
		// before
		// this year). Step 1 2,880: peak 2,880 × 3/4 = 2,160, valley 720; step 2 120:
		// peak 90,
		// valley 30. 2,160 × 0.5183 = 1,119.53; 720 × 0.3083 = 221.98; 90 × 0.5683 =
		// 51.15;
		// 30 × 0.3583 = 10.75. Total 1,403.41. Without time-of-use prices: 2,880 × 0.4883
		// =
		// 1,406.30 + 120 × 0.5383 = 64.60 = 1,470.90, 67.49 more.
		YearMonth last = YearMonth.now(this.clock).minusMonths(1);
		SteppedTimeOfUseFixture.reading(this.readings, this.customers, accountId, last.atDay(1).minusDays(1), "5000",
				"2000");
		SteppedTimeOfUseFixture.reading(this.readings, this.customers, accountId, last.atEndOfMonth(), "7250", "2750");
		this.runs.runAndWait(last.atDay(1), "admin1", this.clock.instant());
		String username = "tou-" + UUID.randomUUID().toString().substring(0, 8);
		this.logins.register(customerId, username, "Zhangdan2026", "分时浏览器");

		signOut();
		signIn(username, "Zhangdan2026");
		this.browser.findElement(By.linkText("我的账单")).click();
		waitFor(By.id("my-bills"));
		this.browser.findElement(By.partialLinkText(this.customers.accountNumber(accountId))).click();
		waitFor(By.id("bill-lines"));
		assertThat(this.browser.findElement(By.id("bill-lines")).getText()).contains("第2档 · 峰段")
			.contains("0.5683")
			.contains("1119.53")
			.contains("221.98")
			.contains("51.15")
			.contains("10.75")
			.contains("1403.41");
		assertThat(this.browser.findElements(By.className("step-split"))).extracting(WebElement::getText)
			.containsExactly("第1档 2880 千瓦时：峰段 2160 × 0.5183，谷段 720 × 0.3083",
					"第2档 120 千瓦时：峰段 90 × 0.5683，谷段 30 × 0.3583");
		assertThat(this.browser.findElement(By.id("what-if-alternative-total")).getText()).isEqualTo("1470.90");
		Browser.screenshot("stepped-time-of-use-bill");

		signOut();
		signIn("counter1", DEMO_PASSWORD);
		this.browser.get(url("/counter/accounts/" + accountId + "/billing"));
		click(this.browser.findElement(By.id("what-if-link")));
		waitFor(By.id("what-if-form"));
		WebElement singleRate = this.browser.findElement(By.id("singleRate"));
		if (!singleRate.isSelected()) {
			click(singleRate);
		}
		// The page already compares its first option; the answer replaces it.
		submitAndWaitForTheAnswer("what-if-form");
		waitFor(By.id("what-if-table"));
		assertThat(this.browser.getCurrentUrl()).contains("singleRate=true");
		assertThat(this.browser.findElement(By.cssSelector("#what-if-table .what-if-billed")).getText())
			.isEqualTo("1403.41");
		assertThat(this.browser.findElement(By.cssSelector("#what-if-table .what-if-alternative")).getText())
			.isEqualTo("1470.90");
		assertThat(this.browser.findElement(By.id("what-if-difference-total")).getText()).isEqualTo("67.49");
		assertThat(this.browser.findElement(By.id("what-if-verdict")).getText()).contains("67.49");
		Browser.screenshot("counter-what-if");
	}

	private void type(String id, String value) {
		WebElement input = this.browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(value);
	}

}
