package org.utilityportal.identity;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo role signs in with a real browser and lands on its own page with its own
 * menu.
 */
class DemoRolesBrowserIT extends BrowserTest {

	@ParameterizedTest
	@CsvSource({ "customer1, /my, CUSTOMER, 我的服务, ''", "counter1, /counter, COUNTER, 营业厅工作台, 工号 10231",
			"supervisor1, /supervisor, SUPERVISOR, 督办工作台, 工号 20017", "admin1, /admin, ADMIN, 系统管理, 工号 90001" })
	void signsInAndLandsOnTheRolesHomePage(String username, String home, String role, String heading,
			String workNumber) {
		signIn(username, DEMO_PASSWORD);

		assertThat(this.browser.getCurrentUrl()).endsWith(home);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
		assertThat(this.browser.findElement(By.id("landing")).getAttribute("data-role")).isEqualTo(role);
		String header = this.browser.findElement(By.cssSelector("[data-testid=signed-in-user]")).getText();
		assertThat(header).contains(workNumber);
		Browser.screenshot("landing-" + username);

		signOut();
		assertThat(this.browser.getCurrentUrl()).endsWith("/login?signedOut");
	}

	@Test
	void theMenuShowsOnlyTheRolesOwnEntries() {
		signIn("customer1", DEMO_PASSWORD);
		List<String> customerMenu = menuLinks();
		signOutAndIn("admin1");
		List<String> adminMenu = menuLinks();

		assertThat(customerMenu).containsExactly("/home", "/my/accounts", "/my/bills", "/my/cases", "/my/orders",
				"/my/profile", "/inbox");
		assertThat(adminMenu).contains("/home", "/audit/access-log", "/actuator/health", "/swagger-ui/index.html")
			.doesNotContain("/my/accounts", "/counter/customers");
	}

	@Test
	void aWrongPasswordShowsATranslatedMessageNextToTheForm() {
		this.browser.get(url("/login?lang=en"));
		this.browser.findElement(By.id("username")).sendKeys("counter1");
		this.browser.findElement(By.id("password")).sendKeys("not-the-password");
		this.browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
		waitFor(By.id("sign-in-error"));

		assertThat(this.browser.findElement(By.id("sign-in-error")).getText())
			.isEqualTo("The user name or password is not correct.");
		assertAccessible();
		Browser.screenshot("sign-in-error-en");
	}

	@Test
	void theLanguageSwitchIsRememberedAcrossPages() {
		signIn("counter1", DEMO_PASSWORD);
		this.browser.findElement(By.id("person-menu-button")).click();
		this.browser.findElement(By.cssSelector("a[hreflang=en]")).click();
		waitFor(By.cssSelector("html[lang=en]"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Counter desk");

		this.browser.get(url("/home"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Counter desk");
		this.browser.findElement(By.id("person-menu-button")).click();
		this.browser.findElement(By.cssSelector("a[hreflang=zh-CN]")).click();
		waitFor(By.cssSelector("html[lang=zh-CN]"));
	}

	@Test
	void theKeyboardReachesTheSkipLinkFirstAndItJumpsToTheContent() {
		signIn("counter1", DEMO_PASSWORD);
		this.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = this.browser.switchTo().activeElement();
		assertThat(focused.getAttribute("href")).endsWith("#main");
		assertThat(focused.isDisplayed()).isTrue();
		focused.sendKeys(Keys.ENTER);
		assertThat(this.browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
	}

	@Test
	void onAPhoneTheMenuFoldsBehindAButton() {
		this.browser.manage().window().setSize(new Dimension(390, 844));
		try {
			signIn("admin1", DEMO_PASSWORD);
			WebElement toggler = this.browser.findElement(By.cssSelector(".portal-toggler"));
			assertThat(toggler.isDisplayed()).isTrue();
			assertThat(this.browser.findElement(By.id("portal-nav")).isDisplayed()).isFalse();
			toggler.click();
			waitFor(By.cssSelector("#portal-nav.show"));
			Browser.screenshot("phone-menu-admin");
		}
		finally {
			this.browser.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	private List<String> menuLinks() {
		return this.browser.findElements(By.cssSelector("#portal-nav a"))
			.stream()
			.map((link) -> link.getDomAttribute("href"))
			.toList();
	}

	private void signOutAndIn(String username) {
		signOut();
		signIn(username, DEMO_PASSWORD);
	}

}
