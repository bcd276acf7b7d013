package org.utilityportal.dataimport;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.utilityportal.support.Browser;
import org.utilityportal.support.EmptyPortal;
import org.utilityportal.support.PortalHttp;
import org.utilityportal.support.TextMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof of issue 10: a utility installs the portal on an empty database with demo
 * data off, and everything from the first sign-in to the first bill and the first
 * complaint is done through the pages, in Chromium. The bootstrap administrator builds
 * the organisation, creates a second administrator, a clerk and a supervisor, creates a
 * tariff whose first version the second administrator publishes, and imports three
 * customers from a GBK file; a month later the clerk enters readings, a billing run bills
 * them, a customer registers with the account number of their old bill and the code
 * texted to the mobile number on file, and reads the bill, raises a complaint, and the
 * supervisor sees it on the dashboard.
 */
class GoLiveBrowserIT {

	private static final String ADMIN_PASSWORD = "Bootstrap#2026go";

	private static final ZoneId BUSINESS = ZoneId.of("Asia/Shanghai");

	private static EmptyPortal portal;

	private WebDriver browser;

	@BeforeAll
	static void install() {
		Browser.driver();
		portal = EmptyPortal.start(ADMIN_PASSWORD);
	}

	@AfterAll
	static void uninstall() {
		if (portal != null) {
			portal.close();
		}
	}

	@Test
	void fromAnEmptyDatabaseToTheFirstBillAndTheFirstComplaint() throws Exception {
		this.browser = Browser.driver();
		this.browser.get(url("/login"));
		this.browser.manage().deleteAllCookies();
		JdbcClient jdbc = portal.bean(JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from customer").query(Long.class).single()).isZero();
		LocalDate today = LocalDate.now(portal.clock());
		LocalDate firstDay = today.withDayOfMonth(1).plusMonths(1);

		signIn("admin", ADMIN_PASSWORD);
		// The production profile: scripts need a personal API token; a password over HTTP
		// Basic is refused.
		assertThat(new PortalHttp(portal.port()).getJson("/api/v1/me", "admin", ADMIN_PASSWORD).status())
			.isEqualTo(401);
		long hq = unit(null, "HQ", "HEAD_OFFICE", "城市供电总部", "Head office", "");
		long centre = unit(hq, "SC-NORTH", "SERVICE_CENTRE", "城北客户服务中心", "North service centre", "");
		unit(centre, "C-WANGJING", "COUNTER", "望京营业厅", "Wangjing service hall", "朝阳区 望京西园");
		this.browser.get(url("/admin/org-units"));
		assertThat(text("org-tree")).contains("城市供电总部").contains("城北客户服务中心").contains("望京营业厅");

		String admin2 = staff("price2", "钱敏", "90010", "ADMIN", "城市供电总部");
		String clerk = staff("clerk1", "孙倩", "10101", "COUNTER", "望京营业厅");
		String supervisor = staff("lead1", "马骏", "20101", "SUPERVISOR", "城北客户服务中心");

		this.browser.get(url("/admin/tariffs/new"));
		select("utility", "ELECTRICITY");
		select("category", "RESIDENTIAL");
		type("nameZh", "居民生活用电");
		type("nameEn", "Residential electricity");
		select("unit", "KWH");
		submit("tariff-form");
		waitFor(By.id("no-version"));
		click(By.id("new-version"));
		waitFor(By.id("version-form"));
		assertThat(this.browser.findElement(By.id("effectiveFrom")).getDomProperty("value"))
			.isEqualTo(firstDay.toString());
		type("documentNumber", "京发改〔2026〕88号");
		pick("documentDate", today.toString());
		select("energyKind", "FLAT");
		type("flatPrice", "0.5000");
		submit("version-form");
		waitFor(By.id("publish-form"));
		String version = this.browser.getCurrentUrl();
		signOut();

		firstSignIn("price2", admin2, "Qianmin2026ok");
		this.browser.get(version);
		click(By.cssSelector("#publish-form button"));
		this.browser.switchTo().alert().accept();
		waitFor(By.id("notice"));
		assertThat(this.browser.findElement(By.id("tariff-version")).getDomAttribute("data-status"))
			.isEqualTo("PUBLISHED");
		signOut();

		moveTo(firstDay.atTime(10, 0));
		String id1 = LegacyFiles.residentId();
		Path file = Files.createTempFile("legacy-", ".csv");
		Files.write(file, LegacyFiles.file(Charset.forName("GBK"), List.of("周一鸣,居民,身份证," + id1
				+ ",13700000001,北京市朝阳区望京西园一区 1 号楼 101,电力,BJ-0001,北京市朝阳区望京西园一区 1 号楼 101,DB900001,居民,月,2015-03-01,"
				+ firstDay + ",1000,120.50," + firstDay.minusDays(40),
				"吴二妹,居民,身份证," + LegacyFiles.residentId()
						+ ",13700000002,北京市朝阳区望京西园二区 2 号楼 202,电力,BJ-0002,北京市朝阳区望京西园二区 2 号楼 202,DB900002,居民,月,2016-06-01,"
						+ firstDay + ",2000,,",
				"郑三,居民,身份证," + LegacyFiles.residentId()
						+ ",13700000003,北京市朝阳区望京西园三区 3 号楼 303,电力,BJ-0003,北京市朝阳区望京西园三区 3 号楼 303,DB900003,居民,月,2018-09-01,"
						+ firstDay + ",500,-20.00,")));
		signIn("admin", ADMIN_PASSWORD);
		this.browser.get(url("/admin/imports"));
		this.browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		submit("upload-form");
		await(By.id("check-result"));
		assertThat(text("import-run")).contains("编码：GBK").contains("3 行全部合格");
		submit("import-form");
		await(By.id("import-result"));
		assertThat(text("customers-added")).isEqualTo("3");
		assertThat(text("balances-added")).isEqualTo("2");
		signOut();

		moveTo(firstDay.plusMonths(1).atTime(10, 0));
		firstSignIn("clerk1", clerk, "Sunqian2026ok");
		for (String[] reading : List.of(new String[] { "13700000001", "1150" }, new String[] { "13700000002", "2080" },
				new String[] { "13700000003", "530" })) {
			this.browser.get(url("/counter/customers?q=" + reading[0]));
			click(By.cssSelector("#search-results a"));
			click(By.partialLinkText("抄表"));
			waitFor(By.id("reading-form"));
			pick("readOn", firstDay.plusMonths(1).toString());
			type("total", reading[1]);
			submit("reading-form");
			waitFor(By.id("notice"));
		}
		signOut();

		signIn("admin", ADMIN_PASSWORD);
		this.browser.get(url("/admin/billing"));
		pick("month", YearMonth.from(firstDay).toString());
		submit("start-run");
		Browser.waitOnAReloadingPage(this.browser,
				ExpectedConditions.attributeToBe(By.id("billing-run"), "data-status", "COMPLETED"));
		signOut();

		this.browser.get(url("/register"));
		type("accountNumber", "BJ-0001");
		submit("register-form");
		waitFor(By.id("register-code-form"));
		type("code", TextMessages.latestCode(portal.bean(JdbcClient.class), "13700000001"));
		type("username", "zhouyiming");
		type("password", "Wangjing2026zy");
		type("confirmPassword", "Wangjing2026zy");
		submit("register-code-form");
		waitFor(By.id("sign-in-form"));
		signIn("zhouyiming", "Wangjing2026zy");
		this.browser.get(url("/my/bills"));
		waitFor(By.id("my-bills"));
		assertThat(text("my-bills")).contains("75.00").contains("195.50");
		click(By.cssSelector("#my-bills a"));
		waitFor(By.id("bill-lines"));
		assertThat(text("bill-lines")).contains("150 千瓦时").contains("0.5").contains("75.00");
		Browser.screenshot("golive-first-bill");

		this.browser.get(url("/my/cases/new"));
		waitFor(By.id("raise-form"));
		select("nature", "COMPLAINT");
		select("subject", "BILLING");
		select("utility", "ELECTRICITY");
		new Select(this.browser.findElement(By.id("accountNumber"))).selectByIndex(1);
		type("place", "北京市朝阳区望京西园一区 1 号楼 101");
		type("summary", "上线后首张电费账单有疑问");
		type("details", "账单中的上期结余 120.50 元不清楚是怎么来的。");
		submit("raise-form");
		waitFor(By.id("my-case"));
		String caseNumber = this.browser.findElement(By.id("my-case")).getDomAttribute("data-case");
		signOut();

		firstSignIn("lead1", supervisor, "Majun2026okay");
		this.browser.get(url("/supervisor/dashboard"));
		waitFor(By.id("dashboard"));
		assertThat(this.browser.findElement(By.cssSelector("#tier-1 .h3")).getText()).isEqualTo("1");
		click(By.id("tier-1"));
		waitFor(By.id("supervisor-cases"));
		assertThat(text("supervisor-cases")).contains(caseNumber).contains("上线后首张电费账单有疑问");
		Browser.screenshot("golive-supervisor");
	}

	/**
	 * Demo data and data generators exist only with demo data on (the other half:
	 * {@code DemoOnlyIT}).
	 */
	@Test
	void nothingMeantForDemonstrationsExistsWithoutDemoData() {
		assertThat(DEMO_ONLY).noneMatch(portal::hasBean);
		assertThat(portal.bean(JdbcClient.class)
			.sql("select count(*) from user_account where username in ('admin1', 'counter1', 'customer1')")
			.query(Long.class)
			.single()).isZero();
	}

	/** The beans that exist for demonstrations only. */
	static final List<String> DEMO_ONLY = List.of("demoBilling", "demoMetro", "customerDataGenerator",
			"caseDataGenerator", "readingDataGenerator", "demoPayments", "sandboxProvider", "sandboxAdapter");

	private long unit(Long parentId, String code, String kind, String nameZh, String nameEn, String areas) {
		this.browser
			.get(url((parentId == null) ? "/admin/org-units/new" : "/admin/org-units/new?parentId=" + parentId));
		waitFor(By.id("unit-form"));
		type("code", code);
		select("kind", kind);
		type("nameZh", nameZh);
		type("nameEn", nameEn);
		type("areas", areas);
		submit("unit-form");
		waitFor(By.id("unit-details"));
		String address = this.browser.getCurrentUrl();
		return Long.parseLong(address.substring(address.lastIndexOf('/') + 1));
	}

	/** Creates a member of staff and returns the temporary password shown once. */
	private String staff(String username, String name, String workNumber, String role, String unit) {
		this.browser.get(url("/admin/staff/new"));
		waitFor(By.id("staff-form"));
		type("username", username);
		type("displayName", name);
		type("workNumber", workNumber);
		select("role", role);
		new Select(this.browser.findElement(By.id("orgUnitId"))).selectByVisibleText(unit);
		submit("staff-form");
		waitFor(By.id("temporary-password"));
		return text("temporary-password");
	}

	/** A first sign-in with a temporary password: the password page comes first. */
	private void firstSignIn(String username, String temporary, String chosen) {
		this.browser.get(url("/login"));
		type("username", username);
		type("password", temporary);
		submit("sign-in-form");
		waitFor(By.id("password-form"));
		type("currentPassword", temporary);
		type("newPassword", chosen);
		type("confirmPassword", chosen);
		submit("password-form");
		waitFor(By.id("landing"));
	}

	private void signIn(String username, String password) {
		this.browser.get(url("/login"));
		type("username", username);
		type("password", password);
		submit("sign-in-form");
		waitFor(By.id("landing"));
	}

	private void signOut() {
		click(By.cssSelector("form[action='/logout'] button"));
		waitFor(By.id("sign-in-form"));
	}

	private void moveTo(LocalDateTime businessTime) {
		portal.clock().reset();
		portal.clock().advance(Duration.between(portal.clock().instant(), businessTime.atZone(BUSINESS).toInstant()));
	}

	private void await(By locator) {
		new WebDriverWait(this.browser, Duration.ofSeconds(60))
			.until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + portal.port() + path;
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	private void type(String id, String value) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	private void select(String id, String value) {
		new Select(this.browser.findElement(By.id(id))).selectByValue(value);
	}

	private void pick(String id, String isoValue) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1];",
				this.browser.findElement(By.id(id)), isoValue);
	}

	private void submit(String formId) {
		click(this.browser.findElement(By.id(formId)).findElement(By.cssSelector("button[type=submit]")));
	}

	private void click(By locator) {
		waitFor(locator);
		click(this.browser.findElement(locator));
	}

	private void click(WebElement element) {
		((JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private void waitFor(By locator) {
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
			Browser.screenshot("golive-failure");
			throw new TimeoutException(
					"No " + locator + " on " + this.browser.getCurrentUrl() + "; messages shown: " + shown, ex);
		}
	}

}
