package org.utilityportal.security;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContext;
import org.springframework.validation.BeanPropertyBindingResult;
import org.utilityportal.billing.Adjustments;
import org.utilityportal.billing.CashierDays;
import org.utilityportal.billing.DayEndView;
import org.utilityportal.billing.PaymentMethod;
import org.utilityportal.billing.Payments;
import org.utilityportal.billing.Refunds;
import org.utilityportal.billing.Reversals;
import org.utilityportal.casework.ActionForm;
import org.utilityportal.casework.CaseAction;
import org.utilityportal.casework.CaseIntake;
import org.utilityportal.casework.CaseRegrading;
import org.utilityportal.casework.CaseWork;
import org.utilityportal.casework.Channel;
import org.utilityportal.casework.IntakeForm;
import org.utilityportal.casework.Platform;
import org.utilityportal.casework.VisitForm;
import org.utilityportal.customer.CloseAccountForm;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.identity.ApiTokens;
import org.utilityportal.payment.DifferenceView;
import org.utilityportal.payment.Mandates;
import org.utilityportal.payment.ReconcileResult;
import org.utilityportal.payment.Reconciliations;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.money.Money;
import org.utilityportal.support.PortalPages.Visitor;
import org.utilityportal.support.TestCustomers;
import org.utilityportal.support.TestIntakeForms;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The free-text fields of case follow-up and money: the first and final replies and the
 * customer's return-visit remark on their online case, a reply back to the 12345
 * platform, a regrading's reason, a supervisor's chase and escalation, a request to the
 * customer (waiting), a direct-debit mandate's payer name, a reversal's, a refund's and a
 * bill correction's reason, a cashier's day-end note and a supervisor's reason to reopen
 * it, the reason a reconciliation's difference is closed, an account's closing reason,
 * and the name of the customer's API token. Payments and requests are made by the
 * payloads' own clerk on the payloads' own account, so no demo cashier's day changes.
 */
class CaseAndMoneyTextPayloads extends TextPayloads {

	private final Clock clock;

	private final long accountId;

	private final String onlineCase;

	private final TestPrincipal clerk;

	CaseAndMoneyTextPayloads(ApplicationContext context, long accountId, String onlineCase, TestPrincipal clerk) {
		super(context);
		this.clock = context.getBean(Clock.class);
		this.accountId = accountId;
		this.onlineCase = onlineCase;
		this.clerk = clerk;
	}

	@Override
	Map<Visitor, List<String>> store() {
		returnVisit();
		platformReply();
		String refusal = bean(Mandates.class).request(this.accountId, "ICBC", "6222020200112233", PAYLOAD,
				this.clerk.username());
		assertThat(refusal).as("the mandate is recorded").isNull();
		shownTo(Visitor.COUNTER, "/counter/accounts/" + this.accountId + "/direct-debit");
		money();
		closedAccount();
		TestPrincipal customer = TestPrincipal.of(this.jdbc, "customer1");
		bean(ApiTokens.class).issue(customer.userId(), SHORT, 30);
		shownTo(Visitor.CUSTOMER, "/account/tokens");
		return pages();
	}

	private void returnVisit() {
		CaseWork work = bean(CaseWork.class);
		TestPrincipal counter = TestPrincipal.of(this.jdbc, "counter1");
		work.firstReply(this.onlineCase, caseVersion(this.onlineCase), PAYLOAD, counter);
		work.resolve(this.onlineCase, caseVersion(this.onlineCase), PAYLOAD, counter);
		VisitForm visit = new VisitForm();
		visit.setAttitude(4);
		visit.setSpeed(4);
		visit.setResult(4);
		visit.setOverall(4);
		visit.setRemark(PAYLOAD);
		visit.setVersion(caseVersion(this.onlineCase));
		work.recordVisit(this.onlineCase, visit, TestPrincipal.of(this.jdbc, "customer1"));
	}

	private void platformReply() {
		IntakeForm form = TestIntakeForms.complaint(this.clock, Channel.GOV_12345, Utility.WATER, "水表损坏漏水");
		form.setPlatform(Platform.GOV_12345);
		form.setPlatformTicket("12345-" + UUID.randomUUID().toString().substring(0, 12));
		TestPrincipal counter = TestPrincipal.of(this.jdbc, "counter1");
		String number = bean(CaseIntake.class).registerByStaff(form, counter);
		ActionForm reply = new ActionForm();
		reply.setAction(CaseAction.PLATFORM_REPLY);
		reply.setText(PAYLOAD);
		reply.setVersion(caseVersion(number));
		bean(CaseWork.class).act(number, reply, counter);
		bean(CaseRegrading.class).regrade(number, caseVersion(number), 2, 2, PAYLOAD, counter);
		TestPrincipal supervisor = TestPrincipal.of(this.jdbc, "supervisor1");
		bean(CaseWork.class).chase(number, PAYLOAD, supervisor);
		bean(CaseWork.class).escalateByHand(number, caseVersion(number), PAYLOAD, supervisor);
		bean(CaseWork.class).waitForCustomer(number, caseVersion(number), PAYLOAD, counter);
		shownTo(Visitor.COUNTER, "/counter/cases/" + number);
		shownTo(Visitor.SUPERVISOR, "/supervisor/cases/" + number, "/supervisor/platform-replies");
	}

	/** Two payments to an account without bills (a credit), one reversal, one refund. */
	private void money() {
		Payments payments = bean(Payments.class);
		String first = payments.take(this.accountId, Money.of("50.00"), PaymentMethod.CASH,
				UUID.randomUUID().toString(), this.clerk.username());
		payments.take(this.accountId, Money.of("50.00"), PaymentMethod.CASH, UUID.randomUUID().toString(),
				this.clerk.username());
		assertThat(bean(Reversals.class).request(first, PAYLOAD, this.clerk.username())).as("reversal asked").isNull();
		bean(Refunds.class).request(this.accountId, Money.of("10.00"), false, "6222020200112233", PAYLOAD,
				this.clerk.username());
		// A correction asked for on the oldest bill of all (left waiting for a decision).
		String bill = this.jdbc.sql("select bill_number from bill order by id limit 1").query(String.class).single();
		bean(Adjustments.class).request(bill, true, Money.of("0.01"), PAYLOAD, this.clerk);
		shownTo(Visitor.COUNTER, "/counter/bills/" + bill);
		CashierDays days = bean(CashierDays.class);
		DayEndView day = days.close(this.clerk.username(), LocalDate.now(this.clock), Money.of("100.00"), PAYLOAD);
		days.reopen(day.id(), day.version(), "supervisor1", PAYLOAD);
		shownTo(Visitor.COUNTER, "/counter/receipts/" + first);
		reconciliationDifference();
	}

	/**
	 * A sandbox statement of a day long past with one payment the portal never saw: its
	 * difference closed with a payload as the reason (each source and day is reconciled
	 * once, so the day is drawn at random).
	 */
	private void reconciliationDifference() {
		LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 5_000));
		String paidAt = day.atTime(10, 0).atZone(this.clock.getZone()).toOffsetDateTime().toString();
		String statement = "H|STATEMENT|SANDBOX|" + day + "|1|12.30\n" + "D|XSS-" + day + "|SBXXSS|12.30|" + paidAt
				+ "\n" + "T|1|12.30\n";
		Reconciliations reconciliations = bean(Reconciliations.class);
		ReconcileResult result = reconciliations.reconcile("sandbox", day,
				new ByteArrayInputStream(statement.getBytes(StandardCharsets.UTF_8)), "xss-" + day + ".txt",
				"supervisor1");
		assertThat(result.problems()).as("the statement is imported").isEmpty();
		long id = result.reconciliation().id();
		DifferenceView difference = reconciliations.differences(id, 0, 10).getFirst();
		reconciliations.close(difference.id(), difference.version(), PAYLOAD, "supervisor1");
		shownTo(Visitor.SUPERVISOR, "/supervisor/reconciliation/" + id);
	}

	/**
	 * A second account of the payloads' customer, closed with a payload as its reason.
	 */
	private void closedAccount() {
		long customerId = this.jdbc.sql("select customer_id from service_account where id = ?")
			.param(this.accountId)
			.query(Long.class)
			.single();
		long closing = bean(TestCustomers.class).openElectricity(customerId);
		CloseAccountForm form = new CloseAccountForm();
		form.setReason(PAYLOAD);
		form.setFinalReading(BigDecimal.ZERO);
		form.setVersion(0);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "closeForm");
		bean(ServiceAccounts.class).close(closing, form, TestPrincipal.of(this.jdbc, "counter1"), errors);
		assertThat(errors.getAllErrors()).as("the account is closed").isEmpty();
		shownTo(Visitor.COUNTER, "/counter/accounts/" + closing + "/edit");
	}

	private long caseVersion(String number) {
		return this.jdbc.sql("select version from service_case where number = ?")
			.param(number)
			.query(Long.class)
			.single();
	}

}
