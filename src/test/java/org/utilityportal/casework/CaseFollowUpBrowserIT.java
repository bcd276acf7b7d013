package org.utilityportal.casework;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer follows their complaint in a real browser: the timeline in plain language,
 * the owner's work number, a request for information answered online (the clock resumes),
 * and after the final reply the rating that closes the case.
 */
class CaseFollowUpBrowserIT extends BrowserTest {

	@Autowired
	private CaseIntake intake;

	@Autowired
	private CaseWork work;

	@Test
	void theCustomerFollowsTheTimelineAnswersARequestAndRatesTheCaseOnline() {
		String number = this.intake.registerByStaff(complaintOfCustomer1(), this.customers.counter());
		this.work.firstReply(number, version(number), "您好，已安排抄表员复核读数。", this.customers.counter());
		this.work.waitForCustomer(number, version(number), "请上传本月电表读数的照片。", this.customers.counter());

		signIn("customer1", DEMO_PASSWORD);
		click(this.browser.findElement(By.linkText("我的诉求")));
		waitFor(By.id("my-case-list"));
		click(this.browser.findElement(By.linkText(number)));

		waitFor(By.id("my-case"));
		assertThat(text("owner-work-number")).isEqualTo("工号 10231");
		assertThat(text("case-status")).isEqualTo("等待客户补充");
		assertThat(text("timeline")).contains("已受理（渠道：服务热线）")
			.contains("首次答复")
			.contains("您好，已安排抄表员复核读数。")
			.contains("等待您补充信息，时限暂停")
			.contains("请上传本月电表读数的照片。");
		Browser.screenshot("case-customer-timeline");
		this.browser.findElement(By.id("text")).sendKeys("照片已拍好：本月读数 01234.5。");
		submit("information-form");

		waitFor(By.id("notice"));
		assertThat(text("notice")).isEqualTo("补充信息已发送。");
		assertThat(text("case-status")).isEqualTo("办理中");
		assertThat(text("timeline")).contains("客户补充了信息").contains("继续办理，时限恢复");

		this.work.resolve(number, version(number), "经复核，上月读数录入有误，已更正账单，多收 86.40 元将在下期抵扣。", this.customers.counter());
		this.browser.navigate().refresh();
		waitFor(By.id("visit-form"));
		assertThat(text("case-status")).isEqualTo("已答复，待回访");
		assertThat(text("final-reply")).contains("多收 86.40 元将在下期抵扣");
		rate("attitude", "5");
		rate("speed", "4");
		rate("result", "5");
		rate("overall", "5");
		this.browser.findElement(By.id("remark")).sendKeys("处理及时，谢谢。");
		submit("visit-form");

		waitFor(By.id("notice"));
		assertThat(text("notice")).isEqualTo("感谢您的评价，工单已办结。");
		assertThat(text("case-status")).isEqualTo("已办结");
		assertThat(text("timeline")).contains("回访已完成：网上评价，总体评价 5 分").contains("已办结归档");
		assertThat(this.browser.findElements(By.id("visit-form"))).isEmpty();
		Browser.screenshot("case-customer-rated");
		assertThat(this.jdbc.sql("""
				select r.method || ':' || r.attitude || r.speed || r.result || r.overall from return_visit r
				join service_case s on s.id = r.case_id where s.number = ?
				""").param(number).query(String.class).single()).isEqualTo("ONLINE:5455");
	}

	private IntakeForm complaintOfCustomer1() {
		IntakeForm form = new IntakeForm();
		form.setChannel(Channel.HOTLINE);
		form.setNature(Nature.COMPLAINT);
		form.setSubject(Subject.BILLING);
		form.setUtility(Utility.ELECTRICITY);
		form.setCustomerId(this.jdbc.sql("select customer_id from user_account where username = 'customer1'")
			.query(Long.class)
			.single());
		form.setOccurredAt(LocalDateTime.now(this.clock).minusDays(1));
		form.setPlace("家中");
		form.setSummary("本月电费比上月高出一倍");
		form.setDetails("家中半个月无人居住，电费反而翻倍。");
		return form;
	}

	private void rate(String item, String value) {
		new Select(this.browser.findElement(By.id(item))).selectByValue(value);
	}

	private long version(String number) {
		return this.jdbc.sql("select version from service_case where number = ?")
			.param(number)
			.query(Long.class)
			.single();
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

}
