package org.utilityportal.metering;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.shared.domain.BasicChargeBasis;
import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A counter clerk enters a reading of a two-part customer whose basic charge is billed by
 * capacity (issue 12): the form asks for the maximum demand as well, since the "what if"
 * by demand prices the period with it. Without it the reading is refused with the message
 * next to the field and nothing is saved; with it the reading is listed with its demand.
 */
class TwoPartReadingsBrowserIT extends BrowserTest {

	@Autowired
	MeterReadings readings;

	@Test
	void aCapacityBilledAccountsReadingIsRefusedWithoutItsMaximumDemand() {
		this.clock.advance(Duration.ofDays(-10));
		long accountId = this.customers.openTwoPart(this.customers.open("两部制按容量抄表"), BasicChargeBasis.CAPACITY);
		this.clock.reset();

		signIn("counter1", DEMO_PASSWORD);
		this.browser.get(url("/counter/accounts/" + accountId + "/readings"));
		waitFor(By.id("reading-form"));
		type("peak", "1200");
		type("flat", "2300");
		type("valley", "900");
		type("reactive", "1500");
		submitAndWaitForTheAnswer("reading-form");
		waitFor(By.id("maxDemand-error"));
		assertThat(this.browser.findElement(By.id("maxDemand")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(this.browser.findElement(By.id("maxDemand-error")).getText()).isEqualTo("此项必填。");
		assertThat(this.browser.findElements(By.id("reading-history"))).as("nothing saved").isEmpty();
		assertThat(this.readings.history(accountId, 10)).isEmpty();
		assertAccessible();

		type("maxDemand", "86.5");
		submit("reading-form");
		waitFor(By.id("notice"));
		assertThat(this.browser.findElements(By.cssSelector("#reading-history tbody tr"))).hasSize(1);
		assertThat(this.browser.findElement(By.cssSelector("#reading-history .reading-demand")).getText())
			.isEqualTo("86.5");
		assertThat(this.readings.history(accountId, 10)).singleElement()
			.satisfies((reading) -> assertThat(reading.maxDemand()).isEqualByComparingTo("86.5"));
		Browser.screenshot("two-part-capacity-reading");
	}

	private void type(String id, String value) {
		this.browser.findElement(By.id(id)).sendKeys(value);
	}

}
