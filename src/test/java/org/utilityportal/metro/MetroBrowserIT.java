package org.utilityportal.metro;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public fare calculator in both languages, without signing in, and a customer
 * reading their transit card statement.
 */
class MetroBrowserIT extends BrowserTest {

	@Test
	void anyoneCalculatesAFareInChinese() {
		this.browser.get(url("/public/metro?lang=zh-CN"));
		waitFor(By.id("fare-form"));
		new Select(this.browser.findElement(By.id("from"))).selectByValue("pku-east-gate");
		new Select(this.browser.findElement(By.id("to"))).selectByValue("guomao");
		submit("fare-form");
		waitFor(By.id("fare-result"));
		assertThat(text("fare-distance")).isEqualTo("20.795 公里");
		assertThat(text("fare-route")).contains("4号线", "1号线", "西单");
		assertThat(text("fare-band")).isEqualTo("12 至 22 公里（含）");
		assertThat(text("fare-amount")).isEqualTo("¥5.00");
		assertThat(this.browser.getCurrentUrl()).contains("from=pku-east-gate", "to=guomao");
		assertThat(text("fares-in-force")).contains("6 公里（含）以内");
		assertThat(text("line-2")).contains("内环");
		Browser.screenshot("metro-fare-zh");
	}

	@Test
	void anyoneCalculatesAFareInEnglishAndIsToldWhatIsMissing() {
		this.browser.get(url("/public/metro?lang=en"));
		waitFor(By.cssSelector("html[lang=en]"));
		new Select(this.browser.findElement(By.id("to"))).selectByValue("guomao");
		submit("fare-form");
		waitFor(By.id("from-error"));
		assertThat(this.browser.findElements(By.id("fare-result"))).isEmpty();

		new Select(this.browser.findElement(By.id("from"))).selectByValue("xidan");
		assertThat(new Select(this.browser.findElement(By.id("to"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("guomao");
		submit("fare-form");
		waitFor(By.id("fare-result"));
		assertThat(text("fare-result")).contains("Xidan to Guomao");
		assertThat(text("fare-distance")).isEqualTo("7.173 km");
		assertThat(text("fare-route")).isEqualTo("Line 1: Xidan → Guomao (7.173 km)");
		assertThat(text("fare-band")).isEqualTo("Over 6 km, up to 12 km");
		assertThat(text("fare-amount")).isEqualTo("¥4.00");
		Browser.screenshot("metro-fare-en");
	}

	@Test
	void aCustomerReadsTheirCardStatementLikeABill() {
		signIn("customer1", DEMO_PASSWORD);
		this.browser.get(url("/my/accounts"));
		click(this.browser.findElement(By.cssSelector("#my-accounts a[href='/my/metro/M1000000001']")));
		waitFor(By.id("statement"));
		click(this.browser.findElement(By.id("previous-month")));
		waitFor(By.id("next-month"));
		List<WebElement> groups = this.browser.findElements(By.cssSelector("#fare-groups .group-line"));
		assertThat(groups).isNotEmpty();
		assertThat(groups).extracting(WebElement::getText)
			.allMatch((line) -> line.matches("\\d+ 次 × ¥\\d+\\.\\d\\d = ¥\\d+\\.\\d\\d"));
		BigDecimal sumOfGroups = groups.stream()
			.map((group) -> new BigDecimal(group.getText().replaceAll(".*¥", "")))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		// Per trip: fare by distance, spent this month before, rate, amount; the demo
		// commuter passes ¥100 in the month, so later rides are discounted.
		List<WebElement> rows = this.browser.findElements(By.cssSelector("#trips tr.trip"));
		BigDecimal spent = BigDecimal.ZERO;
		for (WebElement row : rows) {
			BigDecimal distanceFare = new BigDecimal(row.findElement(By.className("trip-distance-fare")).getText());
			BigDecimal rate = new BigDecimal(row.findElement(By.className("trip-rate")).getText().replace("%", ""))
				.movePointLeft(2);
			BigDecimal fare = new BigDecimal(row.findElement(By.className("trip-fare")).getText());
			assertThat(new BigDecimal(row.findElement(By.className("trip-spent-before")).getText()))
				.isEqualByComparingTo(spent);
			assertThat(fare).isEqualByComparingTo(distanceFare.multiply(rate).setScale(2, RoundingMode.HALF_UP));
			spent = spent.add(fare);
		}
		assertThat(this.browser.findElements(By.cssSelector("#trips tr.trip.discounted"))).isNotEmpty();
		BigDecimal sumOfTrips = spent;
		BigDecimal fares = amount("fare-total");
		assertThat(sumOfGroups).isEqualByComparingTo(fares);
		assertThat(sumOfTrips).isEqualByComparingTo(fares);
		assertThat(amount("opening-balance").add(amount("top-up-total")).subtract(fares))
			.isEqualByComparingTo(amount("closing-balance"));
		assertThat(text("trips")).contains("安定门", "国贸");
		Browser.screenshot("metro-statement");
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText().strip();
	}

	/** An amount shown as ¥12.00, + ¥12.00 or − ¥12.00, as a number without its sign. */
	private BigDecimal amount(String id) {
		return new BigDecimal(text(id).replaceAll("[^0-9.]", ""));
	}

}
