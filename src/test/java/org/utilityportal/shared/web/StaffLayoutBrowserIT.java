package org.utilityportal.shared.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;
import org.utilityportal.support.PageLayout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout staff work in all day: the side menu never wraps from 1024 px on, whatever
 * the language; the top bar stays one line; the person menu (name, work number, language)
 * opens and is used with the keyboard alone.
 */
class StaffLayoutBrowserIT extends BrowserTest {

	@ParameterizedTest
	@CsvSource({ "counter1, zh-CN", "counter1, en", "supervisor1, zh-CN", "supervisor1, en", "admin1, zh-CN",
			"admin1, en", "customer1, zh-CN", "customer1, en" })
	void theMenuNeverWrapsFrom1024PxOn(String username, String language) {
		signIn(username, DEMO_PASSWORD);
		this.browser.get(url("/home?lang=" + language));
		for (int width : List.of(1024, 1280, 1920)) {
			Browser.desktop(width);
			this.browser.navigate().refresh();
			waitFor(By.id("landing"));

			List<Long> linkHeights = heights("#portal-nav a");
			assertThat(linkHeights).as("menu links at %d px", width).hasSizeGreaterThan(1);
			assertThat(linkHeights).as("every menu link on one line at %d px", width).allMatch((h) -> h <= 44);
			assertThat(heights(".portal-topbar").getFirst()).as("top bar at %d px", width).isLessThanOrEqualTo(60);
			WebElement menu = this.browser.findElement(By.id("portal-nav"));
			WebElement main = this.browser.findElement(By.id("main"));
			assertThat(menu.getRect().getX() + menu.getRect().getWidth()).as("menu beside the page")
				.isLessThanOrEqualTo(main.getRect().getX());
			assertThat(PageLayout.horizontalOverflow(this.browser)).as("sideways scrolling at %d px", width).isZero();
		}
		Browser.screenshot("layout-1024-" + username + "-" + language);
	}

	@Test
	void thePersonMenuShowsNameWorkNumberAndLanguageAndWorksWithTheKeyboard() {
		signIn("counter1", DEMO_PASSWORD);
		WebElement button = this.browser.findElement(By.id("person-menu-button"));
		assertThat(button.getText()).isEqualTo("王芳 工号 10231");

		tabTo((focused) -> "person-menu-button".equals(focused.getDomAttribute("id")));
		focused().sendKeys(Keys.ENTER);
		waitFor(By.cssSelector(".dropdown-menu.show"));
		WebElement menu = this.browser.findElement(By.cssSelector(".dropdown-menu.show"));
		assertThat(menu.getText()).contains("王芳", "营业厅/热线坐席", "工号 10231", "简体中文", "English");
		assertAccessible();
		focused().sendKeys(Keys.ARROW_DOWN);
		assertThat(focused().getDomAttribute("hreflang")).isEqualTo("zh-CN");
		focused().sendKeys(Keys.ARROW_DOWN);
		assertThat(focused().getDomAttribute("hreflang")).isEqualTo("en");
		assertThat(outline(focused())).as("a focused item shows it").isNotEqualTo("none");
		focused().sendKeys(Keys.ENTER);

		waitFor(By.cssSelector("html[lang=en]"));
		assertThat(this.browser.findElement(By.id("person-menu-button")).getText()).isEqualTo("王芳 Work no. 10231");
		this.browser.findElement(By.id("person-menu-button")).sendKeys(Keys.ENTER);
		waitFor(By.cssSelector(".dropdown-menu.show"));
		focused().sendKeys(Keys.ESCAPE);
		assertThat(this.browser.findElements(By.cssSelector(".dropdown-menu.show"))).isEmpty();
		assertThat(focused().getDomAttribute("id")).isEqualTo("person-menu-button");
	}

	@Test
	void aChartHasItsBoxOfFixedHeightAndTheBillPageEndsAfterItsContent() {
		signIn("customer1", DEMO_PASSWORD);
		String bill = this.jdbc.sql("""
				select bill_number from bill where account_id =
				  (select id from service_account where account_number = 'E1000000001')
				order by period_from desc limit 1""").query(String.class).single();
		this.browser.get(url("/my/bills/" + bill));
		waitFor(By.cssSelector("canvas.usage-chart"));

		assertThat(PageLayout.chartProblems(this.browser)).isEmpty();
		WebElement chart = this.browser.findElement(By.cssSelector("canvas.usage-chart"));
		assertThat(chart.getRect().getHeight()).isEqualTo(320);
		long rows = this.browser.findElements(By.cssSelector("table[data-chart=usage] tbody tr")).size();
		assertThat(rows).as("the numbers stay in the table").isGreaterThan(1);
		long pageHeight = (Long) script().executeScript("return document.documentElement.scrollHeight;");
		assertThat(pageHeight).as("the whole bill page at 1280 px").isLessThan(4000);

		click(chart);
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until((driver) -> Boolean.TRUE
			.equals(script().executeScript("return !!(window.Chart && Chart.getChart(arguments[0]));", chart)));
		assertThat(PageLayout.chartProblems(this.browser)).as("drawn when scrolled to").isEmpty();
		assertThat(chart.getRect().getHeight()).isEqualTo(320);
	}

	private List<Long> heights(String selector) {
		@SuppressWarnings("unchecked")
		List<Long> heights = (List<Long>) script().executeScript(
				"return [...document.querySelectorAll(arguments[0])].map(e => Math.round(e.getBoundingClientRect().height));",
				selector);
		return heights;
	}

	private String outline(WebElement element) {
		return (String) script().executeScript("return getComputedStyle(arguments[0]).outlineStyle;", element);
	}

	private JavascriptExecutor script() {
		return (JavascriptExecutor) this.browser;
	}

}
