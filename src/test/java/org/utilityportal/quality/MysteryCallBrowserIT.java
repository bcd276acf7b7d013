package org.utilityportal.quality;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor, in a real browser, opens a mystery-call inspection of a clerk, scores its
 * sixteen items, and raises a corrective action from the findings, which appears in the
 * unit's register; the clerk then sees the result item by item.
 */
class MysteryCallBrowserIT extends BrowserTest {

	@Test
	void aSupervisorScoresAMysteryCallAndRaisesACorrectiveAction() {
		signIn("supervisor1", DEMO_PASSWORD);
		click(this.browser.findElement(By.linkText("服务检查")));
		waitFor(By.id("inspection-form"));
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("CALL");
		new Select(this.browser.findElement(By.id("sampling"))).selectByValue("CHOSEN");
		new Select(this.browser.findElement(By.id("personId"))).selectByVisibleText("王芳（工号 10231）");
		this.browser.findElement(By.id("subject")).sendKeys("暗访来电：咨询峰谷电价如何申请");
		submit("inspection-form");

		waitFor(By.id("score-form"));
		List<WebElement> items = this.browser.findElements(By.cssSelector("#score-form input[type=number]"));
		assertThat(items).hasSize(16);
		for (WebElement item : items) {
			item.sendKeys(item.getDomAttribute("max"));
		}
		WebElement hangUp = this.browser.findElement(By.id("scoresA3"));
		hangUp.clear();
		hangUp.sendKeys("0");
		this.browser.findElement(By.id("findings")).sendKeys("客户未挂机时先挂断电话。");
		submit("score-form");

		waitFor(By.id("notice"));
		assertThat(this.browser.findElement(By.id("inspection-percent")).getText()).isEqualTo("94 分");
		assertThat(this.browser.findElement(By.cssSelector("#score-A3 td:last-child")).getText()).isEqualTo("0.0");
		Browser.screenshot("quality-mystery-call-scored");

		this.browser.findElement(By.id("title")).sendKeys("后挂机规范培训");
		submit("action-form");
		waitFor(By.id("inspection-actions"));
		assertThat(this.browser.findElement(By.id("inspection-actions")).getText()).contains("后挂机规范培训")
			.contains("王芳")
			.contains("待整改");
		String inspection = this.browser.getCurrentUrl().replaceAll(".*/", "");
		assertThat(this.jdbc.sql("""
				select a.status || ':' || u.username from quality_action a join user_account u on u.id = a.owner_id
				where a.inspection_id = ?
				""").param(Long.valueOf(inspection)).query(String.class).single()).isEqualTo("OPEN:counter1");

		click(this.browser.findElement(By.linkText("整改台账")));
		waitFor(By.id("register"));
		assertThat(this.browser.findElement(By.id("register")).getText()).contains("后挂机规范培训");
		Browser.screenshot("quality-register");

		signOut();
		signIn("counter1", DEMO_PASSWORD);
		this.browser.get(url("/counter/inspections/" + inspection));
		waitFor(By.id("item-scores"));
		assertThat(this.browser.findElement(By.id("inspection-percent")).getText()).isEqualTo("94 分");
		assertThat(this.browser.findElement(By.id("findings")).getText()).isEqualTo("客户未挂机时先挂断电话。");
	}

}
