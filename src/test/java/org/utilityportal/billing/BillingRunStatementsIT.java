package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.billing.internal.BillHistory;
import org.utilityportal.billing.internal.BillingInput;
import org.utilityportal.billing.internal.BillingInputs;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.Reading;
import org.utilityportal.metering.ReadingKind;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1 in the billing run's reads: a page of many accounts, each read from the module
 * that owns its part (customer's accounts, billing's bills and payments, metering's
 * readings and estimates), costs the statements of a page of one.
 */
class BillingRunStatementsIT extends IntegrationTest {

	@Autowired
	BillingInputs inputs;

	@Autowired
	MeterReadings readings;

	@Test
	void aPageOfManyAccountsCostsAsManyStatementsAsAPageOfOne() {
		LocalDate periodEnd = LocalDate.now(this.clock).withDayOfMonth(1).plusMonths(1);
		List<BillingCycle> cycles = List.of(BillingCycle.values());

		StatementCounter.reset();
		BillingInputs.Page many = this.inputs.page(0, Long.MAX_VALUE, periodEnd, cycles, 500);
		long statementsOfMany = StatementCounter.count();
		long firstId = many.inputs().getFirst().accountId();
		StatementCounter.reset();
		BillingInputs.Page one = this.inputs.page(firstId - 1, Long.MAX_VALUE, periodEnd, cycles, 1);
		long statementsOfOne = StatementCounter.count();

		assertThat(many.inputs()).as("demo accounts not billed for the coming month").hasSizeGreaterThan(5);
		assertThat(many.inputs()).as("billed before, opening on the last bill's closing reading")
			.anySatisfy((
					input) -> assertThat(input.previous() != null && input.opening() != null && input.closing() != null)
						.isTrue());
		// (an estimate is stamped with the moment it was made)
		assertThat(one.inputs()).singleElement()
			.usingRecursiveComparison()
			.ignoringFields("estimate.enteredAt")
			.isEqualTo(many.inputs().getFirst());
		assertThat(statementsOfMany).isEqualTo(statementsOf(many));
		assertThat(statementsOfOne).isEqualTo(statementsOf(one));
	}

	@Test
	void theEstimatesOfAPageComeInOneStatement() {
		LocalDate periodEnd = LocalDate.now(this.clock).withDayOfMonth(1).plusMonths(1);
		LocalDate today = LocalDate.now(this.clock);
		List<Long> accounts = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			long accountId = this.customers.openElectricity(this.customers.open("估算账单"));
			this.readings.saveAsGiven(List.of(reading(accountId, today.minusDays(60), "100"),
					reading(accountId, today.minusDays(30), "160")));
			accounts.add(accountId);
		}
		PagesOfThreeAndOne pages = pagesOfThreeAndOne(accounts, periodEnd);
		BillingInputs.Page three = pages.three();
		BillingInputs.Page one = pages.one();

		// No reading since the one the period opens on (30 days ago): each is estimated
		// for the period's last day at 2 a day.
		assertThat(three.inputs()).extracting(BillingInput::accountId).containsExactlyElementsOf(accounts);
		assertThat(three.inputs()).allSatisfy((input) -> {
			assertThat(input.estimate().readOn()).isEqualTo(periodEnd.minusDays(1));
			assertThat(input.estimate().total()).isEqualByComparingTo(
					new BigDecimal(160 + 2 * ChronoUnit.DAYS.between(today.minusDays(30), periodEnd.minusDays(1))));
		});
		assertThat(one.inputs()).singleElement()
			.usingRecursiveComparison()
			.ignoringFields("estimate.enteredAt")
			.isEqualTo(three.inputs().getFirst());
		assertThat(pages.statementsOfThree()).isEqualTo(pages.statementsOfOne()).isEqualTo(4);
	}

	@Test
	void theEstimatedBillsAPageTakesBackComeInTwoStatements() {
		// Three accounts read at the end of two months, then not for two months (both
		// billed on estimates), then read again: the page of the month after takes both
		// estimated bills of each back.
		YearMonth now = YearMonth.now(this.clock);
		this.clock.advance(Duration.ofDays(-220));
		long customerId = this.customers.open("估算重算");
		List<Long> accounts = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			accounts.add(this.customers.openElectricity(customerId));
		}
		this.clock.reset();
		for (long accountId : accounts) {
			this.readings.saveAsGiven(List.of(reading(accountId, now.minusMonths(5).atEndOfMonth(), "1000"),
					reading(accountId, now.minusMonths(4).atEndOfMonth(), "1100")));
		}
		for (int month = 4; month >= 2; month--) {
			this.testBills.bill(now.minusMonths(month));
		}
		for (long accountId : accounts) {
			this.readings.saveAsGiven(List.of(reading(accountId, now.minusMonths(1).atEndOfMonth(), "1600")));
		}
		LocalDate periodEnd = now.atDay(1);
		PagesOfThreeAndOne pages = pagesOfThreeAndOne(accounts, periodEnd);
		BillingInputs.Page three = pages.three();
		BillingInputs.Page one = pages.one();

		assertThat(three.inputs()).extracting(BillingInput::accountId).containsExactlyElementsOf(accounts);
		assertThat(three.inputs()).allSatisfy((input) -> {
			assertThat(input.takesBackEstimates()).isTrue();
			assertThat(input.rebill().bills()).extracting(BillHistory.EstimatedBill::billNumber)
				.containsExactly(number(now.minusMonths(2), input), number(now.minusMonths(3), input));
			assertThat(input.rebill().bills()).allSatisfy((bill) -> assertThat(bill.lines()).isNotEmpty());
			assertThat(input.rebill().measuredStart().readOn()).isEqualTo(now.minusMonths(4).atEndOfMonth());
			assertThat(input.rebill().measuredStart().source()).isEqualTo(ReadingSource.ACTUAL);
			assertThat(input.rebill().periodFrom()).isEqualTo(now.minusMonths(3).atDay(1));
		});
		assertThat(one.inputs()).singleElement().usingRecursiveComparison().isEqualTo(three.inputs().getFirst());
		assertThat(pages.statementsOfThree()).isEqualTo(pages.statementsOfOne()).isEqualTo(5);

		// The run takes them back as their own lines and charges the stretch since the
		// measured reading (1100 to 1600).
		this.testBills.bill(now.minusMonths(1));
		for (BillingInput input : three.inputs()) {
			assertThat(this.jdbc
				.sql("select l.name_en from bill_line l join bill b on b.id = l.bill_id "
						+ "where b.bill_number = ? and l.kind = 'CORRECTION' order by l.line_no")
				.param(number(now.minusMonths(1), input))
				.query(String.class)
				.list()).contains(number(now.minusMonths(2), input), number(now.minusMonths(3), input));
			assertThat(this.jdbc.sql("select consumption from bill where bill_number = ?")
				.param(number(now.minusMonths(1), input))
				.query(BigDecimal.class)
				.single()).isEqualByComparingTo("500");
		}
	}

	/**
	 * Three statements a page, a fourth when an account has no reading since its opening
	 * one (its closing reading is estimated), and two more when a measured reading takes
	 * estimated bills back.
	 */
	private static long statementsOf(BillingInputs.Page page) {
		boolean estimates = page.inputs()
			.stream()
			.anyMatch((input) -> input.opening() != null
					&& (input.closing() == null || !input.closing().readOn().isAfter(input.opening().readOn())));
		boolean rebills = page.inputs().stream().anyMatch(BillingInput::takesBackEstimates);
		return 3 + (estimates ? 1 : 0) + (rebills ? 2 : 0);
	}

	private static String number(YearMonth month, BillingInput input) {
		return month.format(DateTimeFormatter.ofPattern("yyyyMM")) + input.accountNumber();
	}

	private static Reading reading(long accountId, LocalDate day, String total) {
		return new Reading(0, accountId, day, ReadingSource.ACTUAL, ReadingKind.REGULAR, new BigDecimal(total), null,
				null, null, null, null, null, false, "test", Instant.EPOCH);
	}

	/**
	 * The billing inputs of a page holding the three accounts and of one holding only the
	 * first, each with the statements it sent: a page's statements must not grow with its
	 * accounts.
	 */
	private PagesOfThreeAndOne pagesOfThreeAndOne(List<Long> accounts, LocalDate periodEnd) {
		List<BillingCycle> cycles = List.of(BillingCycle.values());
		StatementCounter.reset();
		BillingInputs.Page three = this.inputs.page(accounts.getFirst() - 1, accounts.getLast(), periodEnd, cycles, 10);
		long statementsOfThree = StatementCounter.count();
		StatementCounter.reset();
		BillingInputs.Page one = this.inputs.page(accounts.getFirst() - 1, accounts.getFirst(), periodEnd, cycles, 10);
		return new PagesOfThreeAndOne(three, statementsOfThree, one, StatementCounter.count());
	}

	private record PagesOfThreeAndOne(BillingInputs.Page three, long statementsOfThree, BillingInputs.Page one,
			long statementsOfOne) {
	}

}
