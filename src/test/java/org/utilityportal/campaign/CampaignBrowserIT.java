package org.utilityportal.campaign;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A supervisor, in a real browser, runs a 行风评议 campaign: creates it with its five phases,
 * adds a task, records two questionnaires and an external evaluator's score, writes the
 * summary and publishes the result; a visitor who is not signed in finds it from the
 * start page with its satisfaction per item. A published campaign records nothing more.
 */
class CampaignBrowserIT extends BrowserTest {

	@Autowired
	private Campaigns campaigns;

	@Test
	void aCampaignsResultIsPublishedOnThePublicSite() {
		String title = "2026 年供电服务行风评议 " + UUID.randomUUID().toString().substring(0, 6);
		signIn("supervisor1", DEMO_PASSWORD);
		click(this.browser.findElement(By.linkText("行风评议")));
		waitFor(By.id("campaign-form"));
		this.browser.findElement(By.id("titleZh")).sendKeys(title);
		this.browser.findElement(By.id("titleEn")).sendKeys("2026 public evaluation of electricity service");
		submit("campaign-form");

		waitFor(By.id("task-form"));
		new Select(this.browser.findElement(By.id("task-phase"))).selectByValue("SELF_INSPECTION");
		this.browser.findElement(By.id("task-title")).sendKeys("各营业厅对照服务规范自查");
		submitAndWaitForTheAnswer("task-form");
		waitFor(By.id("notice"));
		answer(Map.of("overall", "5", "image", "5", "language", "5", "proactive", "5", "accurate", "5", "skilled", "5",
				"noBuck", "5"));
		answer(Map.of("overall", "3", "image", "4", "language", "4", "proactive", "2", "accurate", "4", "skilled", "4",
				"noBuck", "5"));
		this.browser.findElement(By.id("evaluator")).sendKeys("李明");
		this.browser.findElement(By.id("organisation")).sendKeys("区人大代表");
		this.browser.findElement(By.id("score")).sendKeys("92.5");
		submit("evaluation-form");
		waitFor(By.id("evaluation-table"));
		assertThat(this.browser.findElement(By.id("responses")).getText()).isEqualTo("已收回问卷 2 份。");

		this.browser.findElement(By.id("summaryZh")).sendKeys("总体满意率 50%，主动服务需加强。");
		this.browser.findElement(By.id("summaryEn"))
			.sendKeys("Overall satisfaction 50%; proactive service to improve.");
		submit("publish-form");
		waitFor(By.id("published-badge"));
		long id = Long.parseLong(this.browser.getCurrentUrl().replaceAll(".*/", ""));
		assertThatThrownBy(
				() -> this.campaigns.recordEvaluation(id, evaluation(), TestPrincipal.of(this.jdbc, "supervisor1")))
			.isInstanceOf(StaleEditException.class);

		signOut();
		this.browser.get(url("/"));
		waitFor(By.id("start-campaigns"));
		click(this.browser.findElement(By.linkText(title)));
		waitFor(By.id("public-campaign"));
		assertThat(this.browser.findElement(By.cssSelector("#item-OVERALL td")).getText()).isEqualTo("50.0%（1 份）");
		assertThat(this.browser.findElement(By.cssSelector("#item-IMAGE td")).getText()).isEqualTo("100.0%（2 份）");
		assertThat(this.browser.findElement(By.cssSelector("#item-PROACTIVE td.num:last-child")).getText())
			.isEqualTo("3.50");
		assertThat(this.browser.findElement(By.id("evaluation-average")).getText()).contains("92.5");
		assertThat(this.browser.findElement(By.id("summary")).getText()).isEqualTo("总体满意率 50%，主动服务需加强。");
		Browser.screenshot("campaign-public-result");
	}

	private void answer(Map<String, String> ratings) {
		ratings.forEach((item, rating) -> new Select(this.browser.findElement(By.id(item))).selectByValue(rating));
		submitAndWaitForTheAnswer("questionnaire");
		waitFor(By.id("notice"));
	}

	private static EvaluationForm evaluation() {
		EvaluationForm form = new EvaluationForm();
		form.setEvaluator("迟到的评议人");
		form.setOrganisation("行风监督员");
		form.setScore(new java.math.BigDecimal("80"));
		return form;
	}

}
