package org.utilityportal.supervision;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.casework.CaseIntake;
import org.utilityportal.casework.Channel;
import org.utilityportal.casework.EscalationScan;
import org.utilityportal.casework.IntakeForm;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.Subject;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor, in a real browser, sees a case that missed its deadlines on the
 * dashboard, drills down to it and hands it to another team and person.
 */
class CaseSupervisionBrowserIT extends BrowserTest {

	@Autowired
	private CaseIntake intake;

	@Autowired
	private EscalationScan scan;

	@Test
	void theSupervisorSeesTheBreachOnTheDashboardAndReassignsTheCase() {
		long crew = repairCrew();
		String number = this.intake.registerByStaff(faultHandledBy(crew), this.customers.counter());
		this.clock.advance(Duration.ofDays(30));
		this.scan.run();
		long breached = this.jdbc
			.sql("select count(*) from service_case where status in "
					+ "('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER') and (first_reply_late or resolution_late)")
			.query(Long.class)
			.single();

		signIn("supervisor1", DEMO_PASSWORD);
		click(this.browser.findElement(By.linkText("督办看板")));
		waitFor(By.id("dashboard"));
		assertThat(this.browser.findElement(By.cssSelector("#breached .h3")).getText())
			.isEqualTo(String.valueOf(breached));
		Browser.screenshot("case-supervisor-dashboard");
		click(this.browser.findElement(By.id("breached")));

		waitFor(By.id("case-filter"));
		new Select(this.browser.findElement(By.id("unit"))).selectByVisibleText("督办测试抢修班");
		submit("case-filter");
		waitFor(By.id("supervisor-cases"));
		assertThat(this.browser.findElement(By.id("supervisor-cases")).getText()).contains(number).contains("已超时");
		click(this.browser.findElement(By.linkText(number)));

		waitFor(By.id("case-page"));
		assertThat(this.browser.findElement(By.id("late-badge")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.id("escalations")).getText()).contains("超时自动升级");
		new Select(this.browser.findElement(By.id("action"))).selectByValue("ASSIGN");
		new Select(this.browser.findElement(By.id("unitId"))).selectByVisibleText("东城第一营业厅");
		new Select(this.browser.findElement(By.id("personId"))).selectByVisibleText("孙丽（工号 10232）");
		this.browser.findElement(By.id("text")).sendKeys("抢修班人手不足，转营业厅跟进。");
		submit("action-form");

		waitFor(By.id("notice"));
		assertThat(this.browser.findElement(By.id("notice")).getText()).isEqualTo("已交办。");
		assertThat(this.browser.findElement(By.id("responsible")).getText()).contains("东城第一营业厅").contains("孙丽");
		assertThat(this.browser.findElement(By.id("timeline")).getText()).contains("交办给 东城第一营业厅 / 孙丽");
		Browser.screenshot("case-supervisor-reassigned");
		assertThat(this.jdbc.sql("""
				select u.username from service_case s join user_account u on u.id = s.responsible_id
				where s.number = ?
				""").param(number).query(String.class).single()).isEqualTo("counter2");
	}

	/**
	 * A team of its own under the east customer-service centre, so the list can be
	 * narrowed to it.
	 */
	private long repairCrew() {
		this.jdbc.sql("""
				insert into org_unit (code, kind, parent_id, name_zh, name_en)
				select 'T-SUPERVISION-CREW', 'STATION', id, '督办测试抢修班', 'Supervision test repair crew'
				from org_unit where code = 'SC-EAST'
				on conflict (code) do nothing
				""").update();
		return this.jdbc.sql("select id from org_unit where code = 'T-SUPERVISION-CREW'").query(Long.class).single();
	}

	private IntakeForm faultHandledBy(long team) {
		IntakeForm form = new IntakeForm();
		form.setChannel(Channel.HOTLINE);
		form.setNature(Nature.SERVICE_REQUEST);
		form.setSubject(Subject.SUPPLY_QUALITY);
		form.setUtility(Utility.ELECTRICITY);
		form.setContactName("李先生");
		form.setContactPhone("13900004444");
		form.setOccurredAt(LocalDateTime.now(this.clock).minusHours(2));
		form.setPlace("北京市东城区和平里七区 3 号楼");
		form.setSummary("单元楼道灯及电梯停电");
		form.setDetails("3 号楼 2 单元从早上起楼道灯和电梯都没有电。");
		form.setResponsibleUnitId(team);
		return form;
	}

}
