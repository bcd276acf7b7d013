package org.utilityportal.payment;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.billing.BillView;
import org.utilityportal.billing.Bills;
import org.utilityportal.billing.Payments;
import org.utilityportal.identity.CustomerLogins;
import org.utilityportal.shared.money.Money;
import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money in a real browser: a customer pays a bill through the sandbox provider, a clerk
 * closes the day, a supervisor approves a reversal, a clerk closes an account with its
 * final bill.
 */
class MoneyBrowserIT extends BrowserTest {

	@Autowired
	private Bills bills;

	@Autowired
	private Payments payments;

	@Autowired
	private CustomerLogins logins;

	@Autowired
	private org.utilityportal.metering.MeterReadings readings;

	@Test
	void aCustomerPaysABillThroughTheSandboxProvider() {
		long account = this.testBills.accountWithBills(1, 210);
		BillView bill = this.bills.ofAccount(account).getFirst();
		String username = "web-pay-" + UUID.randomUUID().toString().substring(0, 8);
		this.logins.register(bill.customerId(), username, DEMO_PASSWORD, "网上缴费");

		signIn(username, DEMO_PASSWORD);
		this.browser.get(url("/my/bills/" + bill.billNumber()));
		waitFor(By.id("pay-online"));
		click(this.browser.findElement(By.id("pay-with-sandbox")));
		waitFor(By.id("sandbox-checkout"));
		assertThat(this.browser.findElement(By.id("sandbox-amount")).getText()).contains(bill.charges().toString());
		Browser.screenshot("sandbox-checkout");
		click(this.browser.findElement(By.id("sandbox-pay")));
		waitFor(By.id("order-receipt"));
		assertThat(this.browser.findElement(By.id("payment-order")).getDomAttribute("data-status")).isEqualTo("PAID");
		Browser.screenshot("payment-order-paid");
		click(this.browser.findElement(By.id("order-receipt")));
		waitFor(By.id("receipt-allocations"));
		assertThat(this.browser.findElement(By.id("receipt-allocations")).getText()).contains(bill.billNumber())
			.contains("210");
		this.browser.get(url("/my/bills/" + bill.billNumber()));
		waitFor(By.id("bill-outstanding"));
		assertThat(this.browser.findElements(By.id("pay-online"))).isEmpty();
		assertThat(this.payments.balance(account)).isEqualTo(Money.ZERO);
	}

	@Test
	void aClerkClosesTheDayWithTheCountedCash() {
		long account = this.testBills.accountWithBills(1, 160);
		String clerk = this.testBills.staff("COUNTER", "web-day");
		signIn(clerk, DEMO_PASSWORD);
		this.browser.get(url("/counter/accounts/" + account + "/billing"));
		waitFor(By.id("payment"));
		this.browser.findElement(By.id("amount")).clear();
		this.browser.findElement(By.id("amount")).sendKeys("50.00");
		new Select(this.browser.findElement(By.id("method"))).selectByValue("CASH");
		submit("payment");
		waitFor(By.id("receipt-allocations"));

		this.browser.get(url("/counter/day-end"));
		waitFor(By.id("takings"));
		assertThat(this.browser.findElement(By.cssSelector("#takings tr[data-method=CASH]")).getText())
			.contains("50.00");
		this.browser.findElement(By.id("countedCash")).sendKeys("48.5");
		submit("day-end-form");
		waitFor(By.id("day-closed"));
		assertThat(this.browser.findElement(By.id("cash-difference")).getText()).isEqualTo("-1.50");
		Browser.screenshot("day-end-closed");

		this.browser.get(url("/counter/accounts/" + account + "/billing"));
		waitFor(By.id("payment"));
		this.browser.findElement(By.id("amount")).clear();
		this.browser.findElement(By.id("amount")).sendKeys("5.00");
		submit("payment");
		waitFor(By.id("amount-error"));
		assertThat(this.browser.findElement(By.id("amount")).getDomAttribute("class")).contains("is-invalid");
	}

	@Test
	void aSupervisorApprovesAReversalAndTheBillIsUnpaidAgain() {
		long account = this.testBills.accountWithBills(1, 230);
		BillView bill = this.bills.ofAccount(account).getFirst();
		String clerk = this.testBills.staff("COUNTER", "web-rev");
		String receipt = this.payments.take(account, bill.charges(), org.utilityportal.billing.PaymentMethod.CASH,
				"web-rev-" + clerk, clerk);
		assertThat(this.payments.balance(account)).isEqualTo(Money.ZERO);

		signIn(clerk, DEMO_PASSWORD);
		this.browser.get(url("/counter/receipts/" + receipt));
		waitFor(By.id("reversal-form"));
		this.browser.findElement(By.id("reversal-reason")).sendKeys("收款方式选错");
		submit("reversal-form");
		waitFor(By.id("reversal-requests"));
		signOut();

		signIn("supervisor1", DEMO_PASSWORD);
		this.browser.get(url("/supervisor/reversals"));
		waitFor(By.id("pending-reversals"));
		Browser.screenshot("reversal-pending");
		click(this.browser.findElement(By.cssSelector("li[data-receipt='" + receipt + "'] form.approve button")));
		waitFor(By.id("notice"));
		assertThat(this.browser.findElements(By.cssSelector("li[data-receipt='" + receipt + "']"))).isEmpty();
		assertThat(this.payments.receipt(receipt).isReversed()).isTrue();
		assertThat(this.payments.balance(account)).isEqualTo(bill.charges());
	}

	@Test
	void aClerkClosesAnAccountWithItsFinalReadingAndFinalBill() {
		long account = this.testBills.accountWithBills(1, 190);
		java.math.BigDecimal last = this.readings.history(account, 1).getFirst().total();
		signIn("counter1", DEMO_PASSWORD);
		this.browser.get(url("/counter/accounts/" + account + "/edit"));
		waitFor(By.id("close-form"));
		this.browser.findElement(By.cssSelector("#close-form #reason")).sendKeys("客户搬离，销户");
		this.browser.findElement(By.id("finalReading"))
			.sendKeys(last.add(java.math.BigDecimal.valueOf(40)).toPlainString());
		click(this.browser.findElement(By.id("close-account")));
		this.browser.switchTo().alert().accept();
		waitFor(By.id("notice"));
		this.browser.get(url("/counter/accounts/" + account + "/billing"));
		waitFor(By.id("account-bills"));
		String finalBill = this.bills.ofAccount(account).getFirst().billNumber();
		assertThat(finalBill).endsWith("F");
		click(this.browser.findElement(By.linkText(finalBill)));
		waitFor(By.id("final-bill"));
		assertThat(this.browser.findElement(By.id("bill-readings")).getText()).contains("40");
		Browser.screenshot("final-bill");
	}

}
