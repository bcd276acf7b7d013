package org.utilityportal.customer;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers in a real browser: registering online, their accounts, and nobody else's. */
class SelfServiceBrowserIT extends BrowserTest {

	@Test
	void aCustomerRegistersOnlineAndSeesTheirAccounts() {
		long customerId = this.customers.open("网上注册");
		String number = this.customers.accountNumber(this.customers.openElectricity(customerId));
		String tail = this.jdbc.sql("select right(id_number, 6) from customer where id = ?")
			.param(customerId)
			.query(String.class)
			.single();
		String username = "web-" + UUID.randomUUID().toString().substring(0, 8);

		this.browser.get(url("/login"));
		this.browser.findElement(By.id("register-link")).click();
		waitFor(By.id("register-form"));
		this.browser.findElement(By.id("accountNumber")).sendKeys(number);
		this.browser.findElement(By.id("idTail")).sendKeys(tail);
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("Zaixian2026");
		this.browser.findElement(By.id("confirmPassword")).sendKeys("Zaixian2026");
		Browser.screenshot("register-filled");
		submit("register-form");

		waitFor(By.id("sign-in-form"));
		assertThat(this.browser.findElement(By.id("notice")).getText()).isEqualTo("注册成功，请登录。");
		signIn(username, "Zaixian2026");
		this.browser.findElement(By.linkText("我的户号")).click();
		waitFor(By.id("my-accounts"));
		assertThat(this.browser.findElement(By.id("my-accounts")).getText()).contains(number).contains("电力");
		Browser.screenshot("my-accounts");
	}

	@Test
	void editingTheUrlToAnotherCustomersAccountGives404() {
		signIn("customer1", DEMO_PASSWORD);
		this.browser.get(url("/my/accounts/E1000000001"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("户号 E1000000001");

		this.browser.get(url("/my/accounts/E1000000002"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("页面不存在");
		assertThat(this.browser.getPageSource()).doesNotContain("李娜").doesNotContain("安定门");
		Browser.screenshot("my-account-of-someone-else");
	}

}
