package org.utilityportal.billing;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.BeanPropertyBindingResult;
import org.utilityportal.identity.CustomerLogins;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.ReadingForm;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bill's whole journey in a real browser: a price officer publishes a tariff change,
 * a clerk enters a reading, an administrator runs the billing, the customer reads the
 * bill (lines, explanation, chart) and downloads its PDF, and a clerk takes the payment.
 */
class BillingBrowserIT extends BrowserTest {

	@Autowired
	private MeterReadings readings;

	@Autowired
	private CustomerLogins logins;

	@Test
	void aPriceOfficerPublishesATariffChangeReviewedByAnother() {
		signIn("admin1", DEMO_PASSWORD);
		this.browser.get(url("/admin/tariffs"));
		this.browser.findElement(By.linkText("非居民用气")).click();
		click(this.browser.findElement(By.id("new-version")));
		waitFor(By.id("version-form"));
		WebElement document = this.browser.findElement(By.id("documentNumber"));
		document.sendKeys("浏览器测试调价文件");
		pick("documentDate", LocalDate.now(this.clock).toString());
		WebElement price = this.browser.findElement(By.id("flatPrice"));
		price.clear();
		price.sendKeys("3.4100");
		submit("version-form");
		waitFor(By.id("publish-form"));
		assertThat(this.browser.findElement(By.id("tariff-version")).getDomAttribute("data-status")).isEqualTo("DRAFT");
		String version = this.browser.getCurrentUrl();

		assertThat(publishAsSecondOfficer(version)).isEqualTo("PUBLISHED");
		Browser.screenshot("tariff-published");
	}

	@Test
	void readingBillingPayingAndReadingTheBill() throws Exception {
		YearMonth lastMonth = YearMonth.now(this.clock).minusMonths(1);
		this.clock.advance(Duration.ofDays(-75));
		long customerId = this.customers.open("浏览器账单");
		long accountId = this.customers.openElectricity(customerId);
		this.clock.reset();
		String accountNumber = this.customers.accountNumber(accountId);
		reading(accountId, lastMonth.atDay(1).minusDays(1), "5000");
		String username = "bill-" + UUID.randomUUID().toString().substring(0, 8);
		this.logins.register(customerId, username, "Zhangdan2026", "浏览器账单");

		signIn("counter1", DEMO_PASSWORD);
		this.browser.get(url("/counter/accounts/" + accountId + "/readings"));
		pick("readOn", lastMonth.atEndOfMonth().toString());
		this.browser.findElement(By.id("total")).sendKeys("5312");
		submit("reading-form");
		waitFor(By.id("notice"));
		assertThat(this.browser.findElement(By.id("reading-history")).getText()).contains("5312").contains("312");

		signOut();
		signIn("admin1", DEMO_PASSWORD);
		this.browser.get(url("/admin/billing"));
		pick("month", lastMonth.toString());
		submit("start-run");
		Browser.waitOnAReloadingPage(this.browser,
				ExpectedConditions.attributeToBe(By.id("billing-run"), "data-status", "COMPLETED"));
		Browser.screenshot("billing-run");

		signOut();
		signIn(username, "Zhangdan2026");
		this.browser.findElement(By.linkText("我的账单")).click();
		waitFor(By.id("my-bills"));
		this.browser.findElement(By.partialLinkText(accountNumber)).click();
		waitFor(By.id("bill-lines"));
		assertThat(this.browser.findElement(By.id("bill-lines")).getText()).contains("第1档")
			.contains("312 千瓦时")
			.contains("0.4883")
			.contains("152.35");
		assertThat(this.browser.findElement(By.id("bill-explanation")).getText()).contains("首期账单");
		waitFor(By.cssSelector("canvas.usage-chart"));
		assertThat(this.browser.findElement(By.cssSelector("table[data-chart=usage]")).getText()).contains("312");
		Browser.screenshot("customer-bill");
		String pdfHref = this.browser.findElement(By.id("bill-pdf")).getDomAttribute("href");
		String session = this.browser.manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(pdfHref))).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

		signOut();
		signIn("counter1", DEMO_PASSWORD);
		this.browser.get(url("/counter/customers/" + customerId));
		click(this.browser.findElement(By.cssSelector("a[href='/counter/accounts/" + accountId + "/billing']")));
		waitFor(By.id("payment"));
		assertThat(this.browser.findElement(By.id("amount")).getDomProperty("value")).isEqualTo("152.35");
		new Select(this.browser.findElement(By.id("method"))).selectByValue("CARD");
		submit("payment");
		waitFor(By.id("receipt-allocations"));
		assertThat(this.browser.findElement(By.id("receipt-allocations")).getText()).contains("152.35")
			.contains("312 千瓦时");
		Browser.screenshot("counter-receipt");
	}

	private void reading(long accountId, LocalDate day, String total) throws IOException {
		ReadingForm form = new ReadingForm();
		form.setReadOn(day);
		form.setTotal(new BigDecimal(total));
		var errors = new BeanPropertyBindingResult(form, "form");
		this.readings.record(accountId, form, this.customers.counter(), ReadingSource.ACTUAL, errors);
		assertThat(errors.getAllErrors()).isEmpty();
	}

}
