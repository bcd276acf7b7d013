package org.utilityportal.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.identity.CustomerLogins;
import org.utilityportal.notification.Notifications;
import org.utilityportal.shared.events.BillRecheckStatusChanged;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.tariff.ChargeLine;
import org.utilityportal.tariff.LineKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The late-payment charge on the next bill (days × rate × overdue = amount, its own
 * line), administrators setting its rules, and the dunning chain: reminders as PDFs in
 * the customer's inbox, the suspension notice, the legal-letter list; none of it on a
 * bill under an open re-check or complaint, and the bill page says why.
 */
class LateChargeAndDunningIT extends IntegrationTest {

	@Autowired
	private Bills bills;

	@Autowired
	private Rechecks rechecks;

	@Autowired
	private Arrears arrears;

	@Autowired
	private CustomerLogins logins;

	@Autowired
	private Notifications notifications;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void anUnpaidBillIsChargedOnTheNextBillDaysTimesRateTimesAmount() throws Exception {
		long account = this.testBills.accountWithBills(2, 200);
		List<BillView> issued = this.bills.ofAccount(account);
		BillView first = issued.getLast();
		BillView second = issued.getFirst();
		ChargeLine late = this.bills
			.forStaff(second.billNumber(), this.customers.counter(), org.utilityportal.audit.AccessChannel.WEB)
			.bill()
			.lines()
			.stream()
			.filter((line) -> line.kind() == LineKind.LATE_CHARGE)
			.findFirst()
			.orElseThrow();
		long days = ChronoUnit.DAYS.between(first.dueDate().plusDays(1), second.periodTo());
		assertThat(late.quantity().value()).isEqualByComparingTo(BigDecimal.valueOf(days));
		assertThat(late.price().perUnit())
			.isEqualByComparingTo(first.charges().amount().multiply(new BigDecimal("0.001")));
		assertThat(late.amount().amount()).isEqualByComparingTo(first.charges()
			.amount()
			.multiply(new BigDecimal("0.001"))
			.multiply(BigDecimal.valueOf(days))
			.setScale(2, RoundingMode.HALF_UP));
		assertThat(late.documentNumber()).isEqualTo(first.billNumber());
		assertThat(second.charges().amount())
			.isEqualByComparingTo(second.lines().isEmpty() ? second.charges().amount() : second.charges().amount());
		this.mvc.perform(get("/counter/bills/" + second.billNumber()).session(signIn("counter1")))
			.andExpect(content().string(containsString("违约金：账单 " + first.billNumber())));
	}

	@Test
	void aBillUnderRecheckIsNotChargedNorReminded() throws Exception {
		long account = this.testBills.accountWithReadings(3, 150);
		YearMonth firstMonth = YearMonth.now(this.clock).minusMonths(3);
		this.testBills.bill(firstMonth);
		BillView disputed = this.bills.ofAccount(account).getFirst();
		String username = "dun-" + UUID.randomUUID().toString().substring(0, 8);
		this.logins.register(disputed.customerId(), username, DEMO_PASSWORD, "催缴测试");
		// Asked for the day after the bill was issued, long before it fell due.
		this.clock.advance(Duration.between(this.clock.instant(), disputed.issuedAt().plus(Duration.ofDays(1))));
		this.rechecks.request(disputed.customerId(), disputed.billNumber(), "读数不对", username);
		this.clock.reset();
		this.testBills.bill(firstMonth.plusMonths(1));
		this.testBills.bill(firstMonth.plusMonths(2));
		List<BillView> issued = this.bills.ofAccount(account);
		assertThat(issued).hasSize(3);
		assertThat(issued.stream()
			.flatMap((bill) -> this.bills
				.forStaff(bill.billNumber(), this.customers.counter(), org.utilityportal.audit.AccessChannel.WEB)
				.bill()
				.lines()
				.stream())
			.filter((line) -> line.kind() == LineKind.LATE_CHARGE)
			.filter((line) -> line.documentNumber().equals(disputed.billNumber()))).isEmpty();
		this.mvc.perform(get("/my/bills/" + disputed.billNumber()).session(signIn(username)))
			.andExpect(content().string(containsString("id=\"dunning-paused\"")));

		this.arrears.remind();
		List<String> noticed = notices(account);
		assertThat(noticed).allSatisfy((bills) -> assertThat(bills).doesNotContain(disputed.billNumber()));

		long requestId = this.jdbc.sql("select id from bill_recheck_request where bill_id = ?")
			.param(disputed.id())
			.query(Long.class)
			.single();
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new BillRecheckStatusChanged(requestId, false, this.clock.instant())));
		for (int i = 0; i < 50 && this.jdbc.sql("select closed_at is null from bill_recheck_request where id = ?")
			.param(requestId)
			.query(Boolean.class)
			.single(); i++) {
			Thread.sleep(100);
		}
		this.clock.advance(Duration.ofDays(31));
		this.arrears.remind();
		assertThat(notices(account)).anySatisfy((bills) -> assertThat(bills).contains(disputed.billNumber()));
		this.mvc.perform(get("/my/bills/" + disputed.billNumber()).session(signIn(username)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"dunning-paused\""))));
	}

	@Test
	void remindersGoToTheInboxAsPdfsThenASuspensionNoticeFollows() throws Exception {
		long account = this.testBills.accountWithBills(3, 180);
		long customer = this.bills.ofAccount(account).getFirst().customerId();
		String username = "dun2-" + UUID.randomUUID().toString().substring(0, 8);
		this.logins.register(customer, username, DEMO_PASSWORD, "催缴测试二");
		this.arrears.remind();
		this.clock.advance(Duration.ofDays(31));
		this.arrears.remind();
		List<String> kinds = this.jdbc.sql("select kind from arrears_notice where account_id = ? order by id")
			.param(account)
			.query(String.class)
			.list();
		assertThat(kinds).containsExactly("REMINDER", "REMINDER", "SUSPENSION");
		long login = this.jdbc.sql("select id from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single();
		var inbox = this.notifications.inbox(login, 10);
		assertThat(inbox).extracting((item) -> item.messageKey())
			.contains("arrears.notice.REMINDER", "arrears.notice.SUSPENSION");
		String pdfLink = inbox.getFirst().link();
		var session = signIn(username);
		byte[] pdf = this.mvc.perform(get(pdfLink).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		this.mvc.perform(get(pdfLink).session(signIn("customer1"))).andExpect(status().isNotFound());
		LocalDate suspendFrom = this.jdbc
			.sql("select suspend_from from arrears_notice where account_id = ? and kind = 'SUSPENSION'")
			.param(account)
			.query(LocalDate.class)
			.single();
		assertThat(suspendFrom).isEqualTo(LocalDate.now(this.clock).plusDays(7));
	}

	@Test
	void theLegalLetterListShowsTheFlaggedAccountsAndExportsThem() throws Exception {
		var clerk = signIn("counter1");
		this.mvc.perform(get("/counter/arrears").param("legal", "true").session(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-account=\"E1000000008\"")));
		this.mvc.perform(get("/counter/arrears/legal.csv").session(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("E1000000008")));
	}

	@Test
	void anAdministratorSetsNewRatesFromAFutureDayAndBadInputIsExplained() throws Exception {
		var admin = signIn("admin1");
		this.mvc
			.perform(post("/admin/late-charges").session(admin)
				.with(csrf())
				.param("effectiveFrom", LocalDate.now(this.clock).toString())
				.param("residential", "1.25")
				.param("otherCurrent", "x")
				.param("otherEarlier", "3")
				.param("graceDays", "200")
				.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(model().attribute("errors",
					java.util.Map.of("effectiveFrom", "lateCharge.error.from", "residential", "lateCharge.error.rate",
							"otherCurrent", "lateCharge.error.rate", "graceDays", "lateCharge.error.grace", "reason",
							"lateCharge.error.reason")));
		LocalDate from = LocalDate.now(this.clock).plusDays(3000 + (System.nanoTime() % 1000));
		this.mvc
			.perform(post("/admin/late-charges").session(admin)
				.with(csrf())
				.param("effectiveFrom", from.toString())
				.param("residential", "0.5")
				.param("otherCurrent", "1")
				.param("otherEarlier", "1.5")
				.param("graceDays", "5")
				.param("reason", "测试：降低违约金"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select residential_rate from late_charge_policy where effective_from = ?")
			.param(from)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("0.0005");
		this.mvc.perform(get("/admin/late-charges").session(signIn("counter1"))).andExpect(status().isForbidden());
	}

	private List<String> notices(long account) {
		return this.jdbc
			.sql("select array_to_string(bills, ',') from arrears_notice where account_id = ? and kind = 'REMINDER'")
			.param(account)
			.query(String.class)
			.list();
	}

}
