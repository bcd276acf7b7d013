package org.utilityportal.appraisal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.BeanPropertyBindingResult;
import org.utilityportal.casework.CaseIntake;
import org.utilityportal.casework.CaseWork;
import org.utilityportal.casework.Channel;
import org.utilityportal.casework.IntakeForm;
import org.utilityportal.casework.VisitForm;
import org.utilityportal.quality.InspectionForm;
import org.utilityportal.quality.InspectionKind;
import org.utilityportal.quality.Inspections;
import org.utilityportal.quality.Sampling;
import org.utilityportal.quality.ScoreForm;
import org.utilityportal.quality.Scorecards;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;
import org.utilityportal.support.TestIntakeForms;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk, in a real browser, reads their appraisal of the month: a case of theirs
 * answered and resolved in time and rated satisfied, and a mystery call scored 90, give
 * (100×35 + 100×25 + 100×10 + 90×20) ÷ 90 = 97.8 with the default weights (no corrective
 * action was due, so its weight is shared by the others); the supervisor's league table
 * shows the same score.
 */
class AppraisalBrowserIT extends BrowserTest {

	@Autowired
	private CaseIntake intake;

	@Autowired
	private CaseWork work;

	@Autowired
	private Inspections inspections;

	@Autowired
	private Scorecards scorecards;

	@Test
	void aClerkSeesTheirMonthlyAppraisalPartByPart() {
		TestPrincipal clerk = newClerk();
		String number = this.intake.registerByStaff(complaint(), clerk);
		this.work.firstReply(number, version(number), "您好，已受理。", clerk);
		this.work.resolve(number, version(number), "已上门检修，燃气表恢复正常。", clerk);
		VisitForm visit = new VisitForm();
		visit.setVersion(version(number));
		visit.setAttitude(5);
		visit.setSpeed(4);
		visit.setResult(4);
		visit.setOverall(4);
		this.work.recordVisit(number, visit, TestPrincipal.of(this.jdbc, "quality1"));
		scoreAMysteryCallAtNinety(clerk);

		signIn(clerk.username(), DEMO_PASSWORD);
		click(this.browser.findElement(By.linkText("我的月度考核")));
		waitFor(By.id("breakdown"));

		assertThat(this.browser.findElement(By.cssSelector("#part-sla td.num")).getText()).isEqualTo("100.0");
		assertThat(this.browser.findElement(By.cssSelector("#part-satisfaction td.num")).getText()).isEqualTo("100.0");
		assertThat(this.browser.findElement(By.cssSelector("#part-inspections td.num")).getText()).isEqualTo("90.0");
		assertThat(this.browser.findElement(By.cssSelector("#part-actions td.num")).getText()).isEqualTo("—");
		assertThat(this.browser.findElement(By.id("appraisal-score")).getText()).isEqualTo("97.8");
		Browser.screenshot("appraisal-my-month");

		signOut();
		signIn("supervisor1", DEMO_PASSWORD);
		click(this.browser.findElement(By.linkText("员工考核")));
		waitFor(By.id("league"));
		assertThat(this.browser.findElement(By.id("league-" + clerk.work())).getText()).contains("97.8");
	}

	private void scoreAMysteryCallAtNinety(TestPrincipal clerk) {
		TestPrincipal supervisor = TestPrincipal.of(this.jdbc, "supervisor1");
		InspectionForm form = new InspectionForm();
		form.setKind(InspectionKind.CALL);
		form.setSampling(Sampling.CHOSEN);
		form.setPersonId(clerk.userId());
		form.setSubject("暗访来电：燃气表异常");
		form.setOccurredAt(LocalDateTime.now(this.clock).minusHours(1));
		long id = this.inspections.open(form, supervisor, new BeanPropertyBindingResult(form, "form")).orElseThrow();
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		this.scorecards.inUse(InspectionKind.CALL)
			.items()
			.forEach((item) -> scores.put(item.code(), BigDecimal.valueOf(item.points())));
		scores.put("A3", BigDecimal.ZERO);
		scores.put("M2", BigDecimal.ONE);
		ScoreForm score = new ScoreForm();
		score.setScores(scores);
		score.setVersion(0);
		this.inspections.score(id, score, supervisor);
	}

	/** A clerk of the first service hall of their own, with the demo password. */
	private TestPrincipal newClerk() {
		String work = String.valueOf(ThreadLocalRandom.current().nextInt(30000, 39999));
		String username = "clerk" + work;
		this.jdbc.sql("""
				insert into user_account (username, password_hash, role, display_name, work_number, org_unit_id)
				select ?, password_hash, 'COUNTER', '郑小红', ?, org_unit_id from user_account where username = 'counter1'
				""").params(username, work).update();
		return TestPrincipal.of(this.jdbc, username);
	}

	private long version(String number) {
		return this.jdbc.sql("select version from service_case where number = ?")
			.param(number)
			.query(Long.class)
			.single();
	}

	private IntakeForm complaint() {
		return TestIntakeForms.complaint(this.clock, Channel.COUNTER, Utility.GAS, "燃气表不走字");
	}

}
