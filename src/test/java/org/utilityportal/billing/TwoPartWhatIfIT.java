package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.BeanPropertyBindingResult;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.ReadingForm;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.shared.domain.BasicChargeBasis;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A large customer on the demo's two-part large-industry tariff (time-of-use energy at
 * 0.98 / 0.63 / 0.29 yuan per kWh, basic charge 32 yuan per kVA of capacity or 48 yuan
 * per kW of maximum demand a month, tax included), basic charge by maximum demand, 400
 * kVA contracted, assessed against the 0.90 power-factor standard: its bills carry energy
 * by period, the basic charge and the power-factor adjustment, and the counter's "what
 * if" re-prices them by capacity.
 */
class TwoPartWhatIfIT extends IntegrationTest {

	@Autowired
	ServiceAccounts accounts;

	@Autowired
	MeterReadings readings;

	@Autowired
	BillingRuns runs;

	@Autowired
	WhatIfs whatIfs;

	@Test
	void theCounterSeesWhatATwoPartCustomersBillsWouldHaveCostByCapacity() throws Exception {
		YearMonth last = YearMonth.now(this.clock).minusMonths(1);
		YearMonth before = last.minusMonths(1);
		long accountId = twoPartAccount("两部制比较", BasicChargeBasis.DEMAND);
		billTwoMonths(accountId, before, last);

		// Month before last: 3,000 peak, 4,000 flat, 2,000 valley = 9,000 kWh; 4,000
		// kvarh; 60 kW.
		// Energy 3,000 × 0.98 = 2,940.00; 4,000 × 0.63 = 2,520.00; 2,000 × 0.29 = 580.00:
		// 6,040.00. Basic 60 kW × 48 = 2,880.00.
		// Factor 9,000 / √(9,000² + 4,000²) = 9,000 / 9,848.9 = 0.914 → 0.91: −0.15%
		// under
		// the 0.90 standard. (6,040.00 + 2,880.00) × −0.15% = −13.38. Billed 8,906.62.
		// By capacity: 400 kVA × 32 = 12,800.00; (6,040.00 + 12,800.00) × −0.15% =
		// −28.26; 18,811.74.
		// Last month: 6,000 / 8,000 / 4,000 = 18,000 kWh; 12,000 kvarh; 90 kW.
		// Energy 5,880.00 + 5,040.00 + 1,160.00 = 12,080.00. Basic 90 × 48 = 4,320.00.
		// Factor 18,000 / √(18,000² + 12,000²) = 18,000 / 21,633.3 = 0.832 → 0.83: +3.5%.
		// (12,080.00 + 4,320.00) × 3.5% = 574.00. Billed 16,974.00.
		// By capacity: 12,800.00; (12,080.00 + 12,800.00) × 3.5% = 870.80; 25,750.80.
		// Two months: billed 25,880.62, by capacity 44,562.54.
		assertThat(this.jdbc.sql("""
				select l.kind || ' ' || l.amount from bill_line l join bill b on b.id = l.bill_id
				where b.account_id = ? and b.period_from = ? order by l.line_no
				""").params(accountId, before.atDay(1)).query(String.class).list()).containsExactly(
				"TIME_OF_USE 2940.00", "TIME_OF_USE 2520.00", "TIME_OF_USE 580.00", "BASIC 2880.00",
				"POWER_FACTOR -13.38");
		assertThat(this.jdbc.sql("""
				select power_factor || '/' || power_factor_standard from bill_line l join bill b on b.id = l.bill_id
				where b.account_id = ? and b.period_from = ? and l.kind = 'POWER_FACTOR'
				""").params(accountId, last.atDay(1)).query(String.class).single()).isEqualTo("0.83/0.90");
		assertThat(this.whatIfs.options(this.accounts.view(accountId)))
			.containsExactly(new WhatIfScenario(null, false, BasicChargeBasis.CAPACITY));

		this.mvc.perform(get("/counter/accounts/" + accountId + "/what-if").session(signIn("counter1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td class=\"num what-if-billed\">8906.62</td>")))
			.andExpect(content().string(containsString("<td class=\"num what-if-billed\">16974.00</td>")))
			.andExpect(content().string(containsString("<td class=\"num what-if-alternative\">18811.74</td>")))
			.andExpect(content().string(containsString("<td class=\"num what-if-alternative\">25750.80</td>")))
			.andExpect(content().string(containsString("id=\"what-if-billed-total\">25880.62<")))
			.andExpect(content().string(containsString("id=\"what-if-alternative-total\">44562.54<")));
	}

	/**
	 * The same customer on the capacity basis: the counter must take the maximum demand
	 * at every reading (a reading without it is refused), and the "what if" prices the
	 * two months by demand with it: the two figures of the test above, the other way
	 * round.
	 */
	@Test
	void aCapacityBilledCustomersReadingsKeepTheirMaximumDemandForTheWhatIfByDemand() throws Exception {
		YearMonth last = YearMonth.now(this.clock).minusMonths(1);
		YearMonth before = last.minusMonths(1);
		long accountId = twoPartAccount("两部制按容量", BasicChargeBasis.CAPACITY);
		ReadingForm withoutDemand = form(before.atDay(1).minusDays(1), "1000", "2000", "1000", null, "1000");
		var refused = new BeanPropertyBindingResult(withoutDemand, "form");
		this.readings.record(accountId, withoutDemand, this.customers.counter(), ReadingSource.ACTUAL, refused);
		assertThat(refused.getFieldErrors()).extracting((error) -> error.getField()).containsExactly("maxDemand");
		assertThat(this.readings.history(accountId, 10)).isEmpty();

		billTwoMonths(accountId, before, last);

		assertThat(this.whatIfs.options(this.accounts.view(accountId)))
			.containsExactly(new WhatIfScenario(null, false, BasicChargeBasis.DEMAND));
		this.mvc.perform(get("/counter/accounts/" + accountId + "/what-if").session(signIn("counter1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td class=\"num what-if-billed\">18811.74</td>")))
			.andExpect(content().string(containsString("<td class=\"num what-if-alternative\">8906.62</td>")))
			.andExpect(content().string(containsString("id=\"what-if-billed-total\">44562.54<")))
			.andExpect(content().string(containsString("id=\"what-if-alternative-total\">25880.62<")));
	}

	/**
	 * Three readings (opening, end of the month before last, end of last month: 9,000 and
	 * 18,000 kWh, 60 and 90 kW) and the two months' billing runs.
	 */
	private void billTwoMonths(long accountId, YearMonth before, YearMonth last) {
		reading(accountId, before.atDay(1).minusDays(1), "1000", "2000", "1000", "0", "1000");
		reading(accountId, before.atEndOfMonth(), "4000", "6000", "3000", "60", "5000");
		reading(accountId, last.atEndOfMonth(), "10000", "14000", "7000", "90", "17000");
		this.runs.runAndWait(before.atDay(1), "admin1", this.clock.instant());
		this.runs.runAndWait(last.atDay(1), "admin1", this.clock.instant());
	}

	/** A customer opened 100 days ago with a two-part account on the given basis. */
	private long twoPartAccount(String name, BasicChargeBasis basis) {
		this.clock.advance(Duration.ofDays(-100));
		long accountId = this.customers.openTwoPart(this.customers.open(name), basis);
		this.clock.reset();
		return accountId;
	}

	private void reading(long accountId, LocalDate day, String peak, String flat, String valley, String demand,
			String reactive) {
		ReadingForm form = form(day, peak, flat, valley, demand, reactive);
		var errors = new BeanPropertyBindingResult(form, "form");
		this.readings.record(accountId, form, this.customers.counter(), ReadingSource.ACTUAL, errors);
		assertThat(errors.getAllErrors()).isEmpty();
	}

	private static ReadingForm form(LocalDate day, String peak, String flat, String valley, String demand,
			String reactive) {
		ReadingForm form = new ReadingForm();
		form.setReadOn(day);
		form.setPeak(new BigDecimal(peak));
		form.setFlat(new BigDecimal(flat));
		form.setValley(new BigDecimal(valley));
		form.setMaxDemand((demand != null) ? new BigDecimal(demand) : null);
		form.setReactive(new BigDecimal(reactive));
		form.setConfirmHighUsage(true);
		return form;
	}

}
