package org.utilityportal.catalogue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue in a real browser: the public catalogue in both languages, a customer
 * ordering a fault repair and following it, and a clerk ordering a first ignition of gas
 * for a customer at the counter.
 */
class CatalogueBrowserIT extends BrowserTest {

	@Test
	void thePublicCatalogueReadsInChineseAndInEnglish() {
		this.browser.get(url("/?lang=zh-CN"));
		click(this.browser.findElement(By.id("catalogue-gas")));
		waitFor(By.id("service-G-IGNITION"));
		assertThat(text("utility-filter")).contains("全部", "电力", "供水", "燃气", "地铁");
		assertThat(this.browser.findElements(By.cssSelector("article.service"))).hasSize(6);
		WebElement ignition = this.browser.findElement(By.id("service-G-IGNITION"));
		assertThat(ignition.getText()).contains("通气点火", "3 个工作日", "开放式厨房", "已签订的供用气合同");
		Browser.screenshot("catalogue-gas-zh");

		this.browser.get(url("/public/catalogue?lang=en"));
		waitFor(By.id("service-E-REPAIR"));
		assertThat(this.browser.findElements(By.cssSelector("article.service"))).hasSize(22);
		assertThat(text("service-E-REPAIR")).contains("Fault repair", "City: 45 minutes", "Rural area: 90 minutes",
				"Remote area: 2 hours", "Counted day and night (24×7)");
		assertThat(text("service-G-PIPE")).contains("Gas pipe alteration", "¥380.00", "10 working days");
		assertThat(text("service-M-LOST")).contains("Lost and found");
		click(this.browser.findElement(By.cssSelector("#service-G-IGNITION h3 a")));
		waitFor(By.id("order-service"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("First ignition");
		assertThat(this.browser.findElement(By.cssSelector(".blockers")).getText()).contains("open-plan kitchen");
		Browser.screenshot("catalogue-ignition-en");
		this.browser.get(url("/public/catalogue?lang=zh-CN"));
	}

	@Test
	void aCustomerOrdersAFaultRepairAndFollowsIt() {
		signIn("customer1", DEMO_PASSWORD);
		this.browser.get(url("/public/catalogue/E-REPAIR"));
		click(this.browser.findElement(By.id("order-service")));
		waitFor(By.id("order-form"));
		assertThat(new Select(this.browser.findElement(By.id("accountNumber"))).getFirstSelectedOption().getText())
			.startsWith("E1000000001");
		assertThat(this.browser.findElements(By.id("area"))).as("online orders take the account's area").isEmpty();
		submit("order-form");

		waitFor(By.id("blockersChecked-error"));
		assertThat(text("blockersChecked-error")).isEqualTo("请确认已阅读注意事项。");
		assertThat(text("details-error")).isEqualTo("此项必填。");
		Browser.screenshot("order-repair-errors");

		this.browser.findElement(By.id("details")).sendKeys("全楼停电，楼道灯也不亮。");
		click(this.browser.findElement(By.cssSelector("input[name=blockersChecked][type=checkbox]")));
		submit("order-form");

		waitFor(By.id("order-placed"));
		assertThat(text("order-service")).isEqualTo("故障报修");
		assertThat(text("order-status")).isEqualTo("已受理");
		assertThat(text("response-due")).isNotEqualTo("—");
		Browser.screenshot("order-repair-placed");
		click(this.browser.findElement(By.id("follow-case")));
		waitFor(By.id("timeline"));
		assertThat(this.browser.findElement(By.cssSelector("p.lead")).getText()).isEqualTo("故障报修 / Fault repair");
		assertThat(text("timeline")).contains("受理");

		this.browser.get(url("/my/orders"));
		waitFor(By.id("order-list"));
		assertThat(text("order-list")).contains("故障报修", "已受理");
	}

	@Test
	void aClerkOrdersAFirstIgnitionOfGasForACustomer() {
		long customerId = this.jdbc.sql("select customer_id from user_account where username = 'customer1'")
			.query(Long.class)
			.single();
		signIn("counter1", DEMO_PASSWORD);
		this.browser.get(url("/counter/customers/" + customerId));
		click(this.browser.findElement(By.id("order-service")));
		waitFor(By.id("choose-service"));
		click(this.browser.findElement(By.id("order-G-IGNITION")));
		waitFor(By.id("order-form"));
		assertThat(text("order-customer")).contains("张晓明");
		assertThat(this.browser.findElement(By.cssSelector(".blockers")).getText()).contains("开放式厨房");
		new Select(this.browser.findElement(By.id("accountNumber"))).selectByValue("G1000000001");
		new Select(this.browser.findElement(By.id("channel"))).selectByValue("COUNTER");
		this.browser.findElement(By.id("details")).sendKeys("新装修厨房已加装隔断门，预约周末点火。");
		submit("order-form");

		waitFor(By.id("document0-error"));
		assertThat(text("document0-error")).isEqualTo("请上传此材料。");
		assertThat(text("document1-error")).isEqualTo("请上传此材料。");

		click(this.browser.findElement(By.id("paperSeen0")));
		click(this.browser.findElement(By.id("paperSeen1")));
		click(this.browser.findElement(By.cssSelector("input[name=blockersChecked][type=checkbox]")));
		submit("order-form");

		waitFor(By.id("order-placed"));
		assertThat(text("order-service")).isEqualTo("通气点火");
		assertThat(text("order-documents")).contains("纸质原件已查验（counter1）");
		Browser.screenshot("order-ignition-counter");
		String number = text("follow-case").split(" ")[0];
		Map<String, Object> stored = this.jdbc
			.sql("select channel, owner_work_number, resolution_minutes from service_case where number = ?")
			.param(number)
			.query()
			.singleRow();
		assertThat(stored).containsEntry("channel", "COUNTER")
			.containsEntry("owner_work_number", "10231")
			.containsEntry("resolution_minutes", 3 * 480);
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

}
