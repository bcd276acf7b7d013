package org.utilityportal.customer;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;
import org.utilityportal.support.TextMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers in a real browser: registering online with a texted code, their accounts, and
 * nobody else's.
 */
class SelfServiceBrowserIT extends BrowserTest {

	@Test
	void aCustomerRegistersOnlineWithTheCodeTextedToTheirMobileAndSeesTheirAccounts() {
		long customerId = this.customers.open("网上注册");
		String number = this.customers.accountNumber(this.customers.openElectricity(customerId));
		String username = "web-" + UUID.randomUUID().toString().substring(0, 8);

		this.browser.get(url("/login"));
		this.browser.findElement(By.id("register-link")).click();
		waitFor(By.id("register-form"));
		this.browser.findElement(By.id("accountNumber")).sendKeys(number);
		submit("register-form");

		waitFor(By.id("register-code-form"));
		String code = TextMessages.latestCode(this.jdbc, this.customers.firstMobile(customerId));
		this.browser.findElement(By.id("code")).sendKeys(code);
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("Zaixian2026");
		this.browser.findElement(By.id("confirmPassword")).sendKeys("Zaixian2026");
		Browser.screenshot("register-code-filled");
		submit("register-code-form");

		waitFor(By.id("sign-in-form"));
		assertThat(this.browser.findElement(By.id("notice")).getText()).isEqualTo("注册成功，请登录。");
		signIn(username, "Zaixian2026");
		this.browser.findElement(By.linkText("我的户号")).click();
		waitFor(By.id("my-accounts"));
		assertThat(this.browser.findElement(By.id("my-accounts")).getText()).contains(number).contains("电力");
		Browser.screenshot("my-accounts");
	}

	@Test
	void aWrongCodeIsExplainedNextToTheFormAndRegistersNothing() {
		long customerId = this.customers.open("验证码错误");
		String number = this.customers.accountNumber(this.customers.openElectricity(customerId));
		this.browser.get(url("/register"));
		this.browser.findElement(By.id("accountNumber")).sendKeys(number);
		submit("register-form");
		waitFor(By.id("register-code-form"));
		String code = TextMessages.latestCode(this.jdbc, this.customers.firstMobile(customerId));
		String wrong = code.equals("000000") ? "111111" : "000000";
		this.browser.findElement(By.id("code")).sendKeys(wrong);
		this.browser.findElement(By.id("username")).sendKeys("wrong-" + UUID.randomUUID().toString().substring(0, 8));
		this.browser.findElement(By.id("password")).sendKeys("Zaixian2026");
		this.browser.findElement(By.id("confirmPassword")).sendKeys("Zaixian2026");
		submit("register-code-form");
		waitFor(By.id("register-code-form"));
		assertThat(this.browser.findElement(By.cssSelector("#register-code-form .alert-danger")).getText())
			.isEqualTo("验证码不正确或已失效。请核对短信后重试，或重新获取验证码。");
		assertAccessible();
		assertThat(this.jdbc.sql("select count(*) from user_account where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single()).isZero();
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
