package org.utilityportal.support;

import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.function.Predicate;

import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/** Base of the tests that click through the portal in real headless Chromium. */
public abstract class BrowserTest extends IntegrationTest {

	protected WebDriver browser;

	@BeforeEach
	void freshBrowserSession() {
		this.browser = Browser.driver();
		Browser.desktop();
		this.browser.get(url("/login"));
		this.browser.manage().deleteAllCookies();
	}

	/**
	 * Fails when the page in the browser breaks a WCAG 2.1 A or AA rule that axe-core can
	 * check, naming each rule and the elements that break it. Call it wherever a test
	 * reaches a state of a page worth checking (a form showing its errors, an open menu).
	 */
	protected void assertAccessible() {
		Accessibility.assertAccessible(this.browser);
	}

	/** The element that has the keyboard focus. */
	protected WebElement focused() {
		return this.browser.switchTo().activeElement();
	}

	/**
	 * Presses Tab (at most 60 times) until the focus reaches an element, as a keyboard
	 * user does, and fails when it never does.
	 */
	protected WebElement tabTo(Predicate<WebElement> reached) {
		for (int i = 0; i < 60 && !reached.test(focused()); i++) {
			focused().sendKeys(Keys.TAB);
		}
		assertThat(reached.test(focused())).as("reached with the Tab key on %s", this.browser.getCurrentUrl()).isTrue();
		return focused();
	}

	/** The absolute address of a portal page. */
	protected String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/**
	 * Signs in through the form and waits for the landing page (the sign-in page has a
	 * heading too, so waiting for one would not wait for the sign-in).
	 */
	protected void signIn(String username, String password) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		submit("sign-in-form");
		waitFor(By.id("landing"));
	}

	/**
	 * Signs out through the person menu's button and waits for the sign-in page, so that
	 * the next page opened is not raced by the sign-out still on its way.
	 */
	protected void signOut() {
		click(this.browser.findElement(By.cssSelector("form[action='/logout'] button")));
		waitFor(By.id("sign-in-form"));
	}

	/**
	 * Signs out, signs in as the second price officer (admin2) and publishes the tariff
	 * version the first one left on the page at {@code versionUrl} (four eyes).
	 * @return the version's status afterwards
	 */
	protected String publishAsSecondOfficer(String versionUrl) {
		signOut();
		signIn("admin2", DEMO_PASSWORD);
		this.browser.get(versionUrl);
		click(this.browser.findElement(By.cssSelector("#publish-form button")));
		this.browser.switchTo().alert().accept();
		waitFor(By.id("notice"));
		return this.browser.findElement(By.id("tariff-version")).getDomAttribute("data-status");
	}

	/**
	 * Clicks the submit button of a form, scrolled into the middle of the window first.
	 */
	protected void submit(String formId) {
		click(this.browser.findElement(By.id(formId)).findElement(By.cssSelector("button[type=submit]")));
	}

	/**
	 * Submits a form whose answer is the same page again (a search, a comparison) and
	 * waits until the browser has left the page it was on: until then every element
	 * looked for is still the old page's, and turns stale once the answer arrives. While
	 * the old page is being replaced, Chromium may answer a question about the element
	 * with "node does not belong to the document" instead of "stale": that is the same
	 * moment, so the wait asks again.
	 */
	protected void submitAndWaitForTheAnswer(String formId) {
		WebElement form = this.browser.findElement(By.id(formId));
		submit(formId);
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(form));
	}

	/**
	 * Clicks an element after scrolling it into the middle of the window, like a person
	 * would.
	 */
	protected void click(WebElement element) {
		((JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	/**
	 * Sets the value of a date or month input directly: what a person picks from the
	 * calendar, without depending on the order the browser's locale types the fields in.
	 */
	protected void pick(String inputId, String isoValue) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1];",
				this.browser.findElement(By.id(inputId)), isoValue);
	}

	/**
	 * Waits for an element; when it never comes, the failure names the page and the error
	 * messages it shows, so a rejected form explains itself in the test report.
	 */
	protected void waitFor(By locator) {
		try {
			new WebDriverWait(this.browser, Duration.ofSeconds(10))
				.until(ExpectedConditions.presenceOfElementLocated(locator));
		}
		catch (TimeoutException ex) {
			Object shown = ((JavascriptExecutor) this.browser).executeScript("""
					return [...document.querySelectorAll('.is-invalid, .alert-danger, #problem')].map(e =>
						(e.id || e.name || '') + ': ' + (e.classList.contains('is-invalid')
							? (e.closest('div')?.querySelector('.invalid-feedback')?.innerText ?? '')
							: e.innerText));""");
			throw new TimeoutException(
					"No " + locator + " on " + this.browser.getCurrentUrl() + "; messages shown: " + shown, ex);
		}
	}

}
