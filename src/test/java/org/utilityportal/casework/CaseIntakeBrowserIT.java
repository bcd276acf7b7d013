package org.utilityportal.casework;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk takes a phone call from a customer and registers the complaint, in a real
 * browser: from the customer's page to the intake form, a first submit with gaps shows
 * the messages next to the fields, the second registers the case with the clerk as its
 * owner.
 */
class CaseIntakeBrowserIT extends BrowserTest {

	@Test
	void theCounterRegistersAComplaintFromAPhoneCallForACustomer() {
		long customerId = this.customers.open("来电投诉");
		signIn("counter1", DEMO_PASSWORD);
		this.browser.get(url("/counter/customers/" + customerId));
		click(this.browser.findElement(By.id("new-case")));

		waitFor(By.id("intake-form"));
		assertThat(this.browser.findElement(By.id("intake-customer")).getText()).contains("来电投诉");
		select("channel", "HOTLINE");
		select("nature", "COMPLAINT");
		select("subject", "STAFF");
		select("utility", "ELECTRICITY");
		submit("intake-form");

		waitFor(By.id("staffWorkNumber-error"));
		assertThat(text("staffWorkNumber-error")).isEqualTo("投诉工作人员时须填写其工号。");
		assertThat(text("place-error")).isEqualTo("此项必填。");
		assertThat(text("summary-error")).isEqualTo("此项必填。");
		assertThat(text("details-error")).isEqualTo("此项必填。");
		assertThat(this.browser.findElement(By.id("summary")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(new Select(this.browser.findElement(By.id("channel"))).getFirstSelectedOption().getText())
			.as("what was chosen is kept")
			.isEqualTo("服务热线");
		Browser.screenshot("case-intake-errors");
		assertAccessible();

		type("staffWorkNumber", "10232");
		type("place", "东城第一营业厅");
		type("summary", "营业员办理过户时态度生硬");
		type("details", "客户来电反映：上午在营业厅办理过户，营业员多次打断并拒绝解释所需材料。");
		select("severity", "2");
		submit("intake-form");

		waitFor(By.id("case-page"));
		assertThat(text("notice")).isEqualTo("工单已登记。");
		assertThat(text("owner-work-number")).isEqualTo("工号 10231");
		assertThat(text("case-customer")).contains("来电投诉");
		assertThat(text("timeline")).contains("受理").contains("工号 10231");
		Browser.screenshot("case-registered");
		String number = this.browser.findElement(By.id("case-page")).getAttribute("data-case");
		Map<String, Object> stored = this.jdbc
			.sql("select channel, owner_work_number, staff_work_number, customer_id, grade from service_case "
					+ "where number = ?")
			.param(number)
			.query()
			.singleRow();
		assertThat(stored).containsEntry("channel", "HOTLINE")
			.containsEntry("owner_work_number", "10231")
			.containsEntry("staff_work_number", "10232")
			.containsEntry("customer_id", customerId)
			.containsEntry("grade", 2);
	}

	private void select(String id, String value) {
		new Select(this.browser.findElement(By.id(id))).selectByValue(value);
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

}
