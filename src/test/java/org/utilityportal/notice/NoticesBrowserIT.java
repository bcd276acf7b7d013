package org.utilityportal.notice;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.BeanPropertyBindingResult;
import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices in a real browser: an administrator publishes a planned outage for customer1's
 * street (和平里街道, 东城区), customer1 sees it on their landing page with the account it
 * affects and customer2 (安定门外大街, same district) does not; the public page in both
 * languages.
 */
class NoticesBrowserIT extends BrowserTest {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	Notices notices;

	@Test
	void anOutagePublishedForCustomer1sStreetReachesCustomer1AndNotCustomer2() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String title = "和平里街道计划停电 " + suffix;
		LocalDateTime start = LocalDateTime.now(this.clock).plusDays(1).withHour(8).withMinute(0);
		signIn("admin1", DEMO_PASSWORD);
		this.browser.get(url("/admin/notices"));
		click(this.browser.findElement(By.id("new-notice")));
		waitFor(By.id("notice-form"));
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("PLANNED_OUTAGE");
		this.browser.findElement(By.id("titleZh")).sendKeys(title);
		this.browser.findElement(By.id("titleEn")).sendKeys("Planned outage in Hepingli " + suffix);
		this.browser.findElement(By.id("areas")).sendKeys("东城区 和平里街道");
		pick("startsAt", start.format(MINUTES));
		pick("endsAt", start.minusHours(2).format(MINUTES));
		submit("notice-form");
		waitFor(By.id("endsAt-error"));
		assertThat(this.browser.findElement(By.id("endsAt-error")).getText()).isEqualTo("结束时间必须晚于开始时间。");
		Browser.screenshot("notice-form-error");

		pick("endsAt", start.plusHours(10).format(MINUTES));
		submit("notice-form");
		waitFor(By.id("publish-form"));
		assertThat(this.browser.findElement(By.id("accounts-in-areas")).getText()).startsWith("区域内在用户号");
		String draft = this.browser.getCurrentUrl();
		submit("publish-form");
		waitFor(By.id("problem"));
		assertThat(this.browser.findElement(By.id("problem")).getText()).as("four eyes").contains("不能发布自己撰写的公告");

		signInAgain("admin2");
		this.browser.get(draft);
		waitFor(By.id("publish-form"));
		submit("publish-form");
		waitFor(By.id("inbox-messages"));
		assertThat(this.browser.findElement(By.id("notice-status")).getText()).isEqualTo("已发布");
		Browser.screenshot("notice-admin-published");

		signInAgain("customer1");
		String mine = this.browser.findElement(By.id("my-notices")).getText();
		assertThat(mine).contains(title).contains("涉及户号：E1000000001");
		Browser.screenshot("notice-customer1-landing");

		signInAgain("customer2");
		assertThat(this.browser.findElement(By.id("my-notices")).getText()).doesNotContain(title);
	}

	@Test
	void thePublicNoticesPageInChineseAndEnglish() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		NoticeForm form = new NoticeForm();
		form.setKind(NoticeKind.WATER_INTERRUPTION);
		form.setTitleZh("月坛北街停水 " + suffix);
		form.setTitleEn("Water interruption on Yuetan North Street " + suffix);
		form.setBodyZh("管道维修");
		form.setBodyEn("Pipe repair");
		form.setAreas("西城区 月坛北街");
		form.setStartsAt(LocalDateTime.now(this.clock).plusHours(5));
		form.setEndsAt(LocalDateTime.now(this.clock).plusHours(9));
		long id = this.notices.create(form, "admin2", new BeanPropertyBindingResult(form, "noticeForm"));
		this.notices.publish(id, 0, "admin1");

		this.browser.get(url("/?lang=zh-CN"));
		waitFor(By.id("start-notices"));
		Browser.screenshot("notices-start-page");
		click(this.browser.findElement(By.id("all-notices-link")));
		waitFor(By.id("notice-filter"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("停电停水及运营公告");
		new Select(this.browser.findElement(By.id("utility"))).selectByValue("WATER");
		this.browser.findElement(By.id("area")).sendKeys("西城区月坛北街 9 号");
		submit("notice-filter");
		waitFor(By.id("notice-" + id));
		String chinese = this.browser.findElement(By.id("notice-" + id)).getText();
		assertThat(chinese).contains("月坛北街停水 " + suffix).contains("停水").contains("影响范围：西城区 月坛北街");
		assertThat(this.browser.findElements(By.cssSelector("[data-utility=ELECTRICITY]"))).isEmpty();
		Browser.screenshot("notices-public-zh");

		this.browser.get(url("/public/notices?utility=WATER&area=%E8%A5%BF%E5%9F%8E%E5%8C%BA&lang=en"));
		waitFor(By.id("notice-" + id));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Outage and service notices");
		assertThat(this.browser.findElement(By.id("notice-" + id)).getText())
			.contains("Water interruption on Yuetan North Street " + suffix)
			.contains("Pipe repair");
		Browser.screenshot("notices-public-en");
	}

	private void signInAgain(String username) {
		this.browser.manage().deleteAllCookies();
		signIn(username, DEMO_PASSWORD);
	}

}
