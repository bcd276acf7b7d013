package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.BeanPropertyBindingResult;
import org.utilityportal.customer.ServiceAccountForm;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.ReadingForm;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.support.TestClock;
import org.utilityportal.support.TestCustomers;
import org.utilityportal.support.TestPrincipal;

/**
 * A stepped time-of-use version of residential electricity for tests that bill under it:
 * Beijing's annual steps and single prices (2,880 / 4,800 kWh at 0.4883 / 0.5383 /
 * 0.7883, so households without a time-of-use meter pay exactly what they paid before)
 * with peak prices 0.5183 / 0.5683 / 0.8183 and valley prices 0.3083 / 0.3583 / 0.6083 —
 * test data, not a published document. Published from the first day of a month in the
 * past by moving the clock back (four eyes: admin1 writes, admin2 publishes), so bills of
 * the last months use it; each test that needs it uses its own distance back, so two
 * never publish on the same day.
 */
public final class SteppedTimeOfUseFixture {

	/** Step bounds, single, peak and valley prices, as the form takes them. */
	public static final String[][] STEPS = { { "2880", "0.4883", "0.5183", "0.3083" },
			{ "4800", "0.5383", "0.5683", "0.3583" }, { null, "0.7883", "0.8183", "0.6083" } };

	private SteppedTimeOfUseFixture() {
	}

	/**
	 * Opens a residential electricity account with a time-of-use meter.
	 * @return its id
	 */
	public static long timeOfUseAccount(ServiceAccounts accounts, TestCustomers customers, long customerId) {
		ServiceAccountForm form = customers.electricityForm(TariffCategory.RESIDENTIAL);
		form.setTimeOfUse(true);
		return accounts.open(customerId, form, customers.counter());
	}

	/** Records an actual reading of a two-register meter (flat 0), confirmed if high. */
	public static void reading(MeterReadings readings, TestCustomers customers, long accountId, LocalDate day,
			String peak, String valley) {
		ReadingForm form = new ReadingForm();
		form.setReadOn(day);
		form.setPeak(new BigDecimal(peak));
		form.setFlat(BigDecimal.ZERO);
		form.setValley(new BigDecimal(valley));
		form.setConfirmHighUsage(true);
		var errors = new BeanPropertyBindingResult(form, "form");
		readings.record(accountId, form, customers.counter(), ReadingSource.ACTUAL, errors);
		if (errors.hasErrors()) {
			throw new IllegalStateException(errors.getAllErrors().toString());
		}
	}

	/** The form of the version, for a day. */
	public static TariffVersionForm form(LocalDate from, String document) {
		TariffVersionForm form = new TariffVersionForm();
		form.setEffectiveFrom(from);
		form.setDocumentNumber(document);
		form.setDocumentDate(from.minusDays(20));
		form.setUnit(Unit.KWH);
		form.setEnergyKind(TariffStructure.EnergyKind.TIERED);
		form.setTierBasis(TariffStructure.TierBasis.ANNUAL);
		for (int i = 0; i < STEPS.length; i++) {
			TariffVersionForm.TierRow row = form.getTiers().get(i);
			row.setUpTo((STEPS[i][0] != null) ? new BigDecimal(STEPS[i][0]) : null);
			row.setPrice(new BigDecimal(STEPS[i][1]));
			row.setPeakPrice(new BigDecimal(STEPS[i][2]));
			row.setValleyPrice(new BigDecimal(STEPS[i][3]));
		}
		form.getBands().get(0).setHours("08:00-23:00");
		form.getBands().get(2).setHours("23:00-08:00");
		form.setTaxPercent(new BigDecimal("13"));
		return form;
	}

	/**
	 * Publishes the version from the first day of the month after {@code daysBack} days
	 * ago; the clock is back to real time afterwards.
	 * @return the day it takes effect
	 */
	public static LocalDate publish(Tariffs tariffs, JdbcClient jdbc, TestClock clock, int daysBack) {
		clock.advance(Duration.ofDays(-daysBack));
		try {
			LocalDate from = LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
			long tariffId = jdbc.sql("select id from tariff where utility = 'ELECTRICITY' and category = 'RESIDENTIAL'")
				.query(Long.class)
				.single();
			long draft = tariffs.draft(tariffId, form(from, "测试：居民阶梯分时（" + from + "）"),
					TestPrincipal.of(jdbc, "admin1"));
			String refusal = tariffs.publish(draft, 0, TestPrincipal.of(jdbc, "admin2"));
			if (refusal != null) {
				throw new IllegalStateException(refusal);
			}
			return from;
		}
		finally {
			clock.reset();
		}
	}

}
