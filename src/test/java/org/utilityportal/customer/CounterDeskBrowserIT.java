package org.utilityportal.customer;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk at the counter, in a real browser: search, open the customer, add an account.
 */
class CounterDeskBrowserIT extends BrowserTest {

	@Test
	void searchOpenCustomerAndAddAnElectricityAccount() {
		long customerId = this.customers.open("欧阳晓东");
		signIn("counter1", DEMO_PASSWORD);

		this.browser.findElement(By.linkText("客户查询")).click();
		WebElement box = this.browser.findElement(By.id("q"));
		box.sendKeys("晓东");
		box.submit();
		waitFor(By.id("search-results"));
		assertThat(this.browser.findElement(By.id("search-summary")).getText()).contains("姓名");
		Browser.screenshot("counter-search");
		this.browser.findElement(By.linkText("欧阳晓东")).click();

		waitFor(By.id("customer-page"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/counter/customers/" + customerId);
		assertThat(this.browser.findElement(By.id("id-number")).getText()).contains("**********");
		this.browser.findElement(By.id("add-electricity")).click();

		waitFor(By.id("account-form"));
		submit("account-form");
		waitFor(By.id("meterNumber-error"));
		assertThat(this.browser.findElement(By.id("meterNumber-error")).getText()).isEqualTo("此项必填。");
		Browser.screenshot("counter-account-errors");

		this.browser.findElement(By.id("serviceAddress")).sendKeys("北京市东城区东四十条 8 号");
		this.browser.findElement(By.id("meterNumber")).sendKeys("DB20261123001");
		new Select(this.browser.findElement(By.id("tariffCategory"))).selectByValue("RESIDENTIAL");
		new Select(this.browser.findElement(By.id("billingCycle"))).selectByValue("MONTHLY");
		submit("account-form");

		waitFor(By.id("accounts-table"));
		assertThat(this.browser.findElement(By.id("notice")).getText()).isEqualTo("户号已开立。");
		String table = this.browser.findElement(By.id("accounts-table")).getText();
		assertThat(table).contains("电力").contains("DB20261123001").containsPattern("E[0-9]{10}");
		Browser.screenshot("counter-customer-page");
	}

	@Test
	void aClerkWithTheRightRevealsTheIdentityNumber() {
		long customerId = this.customers.open("显示号码");
		String idNumber = this.customers.idNumber(customerId);
		signIn("counter1", DEMO_PASSWORD);
		this.browser.get(url("/counter/customers/" + customerId));
		assertThat(this.browser.findElement(By.id("id-number")).getText()).isEqualTo(Masking.idNumber(idNumber));

		this.browser.findElement(By.id("reveal-id-number")).click();
		waitFor(By.id("reveal-notice"));
		assertThat(this.browser.findElement(By.id("id-number")).getText()).isEqualTo(idNumber);
	}

	@Test
	void openingACustomerShowsMessagesNextToTheFields() {
		signIn("counter1", DEMO_PASSWORD);
		this.browser.get(url("/counter/customers/new"));
		this.browser.findElement(By.id("name")).sendKeys("新客户");
		this.browser.findElement(By.id("idNumber")).sendKeys("110101199003071234");
		this.browser.findElement(By.id("mobile")).sendKeys("1381234");
		submit("customer-form");
		waitFor(By.id("idNumber-error"));

		assertThat(this.browser.findElement(By.id("idNumber-error")).getText()).contains("身份证号码无效");
		assertThat(this.browser.findElement(By.id("mobile-error")).getText()).contains("11 位大陆手机号码");
		assertThat(this.browser.findElement(By.id("idNumber")).getAttribute("aria-invalid")).isEqualTo("true");
		Browser.screenshot("counter-new-customer-errors");
	}

}
