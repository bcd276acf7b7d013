package org.utilityportal.tariff;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four eyes in the browser: a price officer who edited a colleague's draft is told they
 * cannot publish it, and the draft stays a draft.
 */
class TariffFourEyesBrowserIT extends BrowserTest {

	@Test
	void anOfficerWhoEditedADraftIsRefusedWhenPublishingIt() {
		signIn("admin1", DEMO_PASSWORD);
		this.browser.get(url("/admin/tariffs"));
		this.browser.findElement(By.linkText("工业用气")).click();
		click(this.browser.findElement(By.id("new-version")));
		waitFor(By.id("version-form"));
		this.browser.findElement(By.id("documentNumber")).sendKeys("四眼原则测试文件");
		pick("documentDate", LocalDate.now(this.clock).toString());
		setPrice("3.1000");
		submit("version-form");
		waitFor(By.id("publish-form"));
		String draft = this.browser.getCurrentUrl();

		this.browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		signIn("admin2", DEMO_PASSWORD);
		this.browser.get(draft + "/edit");
		waitFor(By.id("version-form"));
		setPrice("3.2500");
		submit("version-form");
		waitFor(By.id("publish-form"));
		click(this.browser.findElement(By.cssSelector("#publish-form button")));
		this.browser.switchTo().alert().accept();
		waitFor(By.id("problem"));

		assertThat(this.browser.findElement(By.id("problem")).getText()).contains("您修改过这个版本");
		assertThat(this.browser.findElement(By.id("tariff-version")).getDomAttribute("data-status")).isEqualTo("DRAFT");
		assertAccessible();
		Browser.screenshot("tariff-publish-refused-to-editor");
	}

	private void setPrice(String price) {
		WebElement field = this.browser.findElement(By.id("flatPrice"));
		field.clear();
		field.sendKeys(price);
	}

}
