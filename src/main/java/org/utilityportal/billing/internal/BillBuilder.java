package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.utilityportal.billing.SkipReason;
import org.utilityportal.metering.Reading;
import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Quantity;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.shared.money.UnitPrice;
import org.utilityportal.tariff.ChargeLine;
import org.utilityportal.tariff.Charges;
import org.utilityportal.tariff.Consumption;
import org.utilityportal.tariff.LineKind;
import org.utilityportal.tariff.PriceBook;
import org.utilityportal.tariff.PricedVersion;
import org.utilityportal.tariff.TariffCalculator;

/**
 * Computes one account's bill for a billing month. The period runs from the end of the
 * previous bill (or the start of the cycle, or the day service began) to the first day of
 * the next month. When no reading came in, the closing reading is the estimate read with
 * the input ({@link BillingInput#estimate}); when a measured reading follows estimated
 * bills (read with the input, {@link BillingInput#rebill}), their lines are taken back on
 * this bill and the whole stretch since the last measured reading is charged again at its
 * prices. Approved adjustments follow as their own lines.
 */
public final class BillBuilder {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

	private final PriceBook prices;

	private final int dueDays;

	public BillBuilder(PriceBook prices, int dueDays) {
		this.prices = prices;
		this.dueDays = dueDays;
	}

	/**
	 * The first day of the period an account's cycle bills when the period ends on
	 * {@code to}.
	 */
	public static LocalDate cycleStart(LocalDate to, BillingCycle cycle) {
		return to.minusMonths(cycle.months());
	}

	/**
	 * Whether an account on this cycle is billed when the billing month is {@code month}.
	 */
	public static boolean isDue(BillingCycle cycle, LocalDate month) {
		return month.plusMonths(1).getMonthValue() % cycle.months() == 1 % cycle.months();
	}

	public BillOutcome build(BillingInput input, LocalDate billingMonth) {
		return build(input, billingMonth.plusMonths(1), MONTH.format(billingMonth) + input.accountNumber());
	}

	/**
	 * The bill of an account for a period that ends the day before {@code to} (a final
	 * bill at closing ends the day of the final reading).
	 */
	public BillOutcome build(BillingInput input, LocalDate to, String number) {
		LocalDate from = (input.previous() != null) ? input.previous().periodTo()
				: max(cycleStart(to, input.cycle()), input.openedOn());
		if (input.opening() == null) {
			return BillOutcome.skipped(input.accountId(), SkipReason.NO_BASELINE, null);
		}
		Reading closing = input.closing();
		if (closing == null || !closing.readOn().isAfter(input.opening().readOn())) {
			if (input.estimate() == null) {
				return BillOutcome.skipped(input.accountId(), SkipReason.NO_READING, null);
			}
			closing = input.estimate();
		}
		List<ChargeLine> lines = new ArrayList<>();
		Reading start = input.opening();
		LocalDate pricedFrom = from;
		BigDecimal yearToDate = yearToDate(input, from);
		BillHistory.Rebill rebill = input.takesBackEstimates() ? input.rebill() : null;
		if (rebill != null) {
			for (BillHistory.EstimatedBill estimated : rebill.bills()) {
				estimated.lines()
					.stream()
					.filter((line) -> line.kind() != LineKind.ADJUSTMENT && line.kind() != LineKind.CORRECTION
							&& line.kind() != LineKind.LATE_CHARGE)
					.map((line) -> correction(line, estimated.billNumber()))
					.forEach(lines::add);
			}
			start = rebill.measuredStart();
			pricedFrom = rebill.periodFrom();
			yearToDate = rebill.yearToDate();
		}
		Consumption consumption = closing.consumptionSince(start);
		if (consumption.total().signum() < 0) {
			return BillOutcome.skipped(input.accountId(), SkipReason.NEGATIVE_CONSUMPTION, null);
		}
		List<PricedVersion> versions = this.prices.versionsFor(input.utility(), input.category(), pricedFrom, to);
		if (versions.isEmpty()) {
			return BillOutcome.skipped(input.accountId(), SkipReason.NO_TARIFF, null);
		}
		Charges charges;
		try {
			charges = TariffCalculator.charge(versions, pricedFrom, to, consumption, yearToDate, input.terms());
		}
		catch (IllegalArgumentException ex) {
			boolean terms = input.terms().isTwoPart() || input.terms().assessesPowerFactor();
			return BillOutcome.skipped(input.accountId(), (terms && !ex.getMessage().contains("time-of-use"))
					? SkipReason.NO_TWO_PART_TERMS : SkipReason.NO_BANDS, ex.getMessage());
		}
		lines.addAll(charges.lines());
		List<Long> applied = new ArrayList<>();
		for (BillingInput.PendingAdjustment adjustment : input.adjustments()) {
			lines.add(adjustmentLine(adjustment, from, to));
			applied.add(adjustment.id());
		}
		Money total = lines.stream().map(ChargeLine::amount).reduce(Money.ZERO, Money::plus);
		Money previousDue = (input.previous() != null) ? input.previous().amountDue() : input.openingBalance();
		Money amountDue = previousDue.minus(input.paidSince()).plus(total);
		return BillOutcome
			.issued(new BillDraft(number, input.accountId(), input.customerId(), input.utility(), input.category(),
					from, to, start, closing, consumption.total(), input.utility().unit(), charges.yearToDate(), lines,
					total, previousDue, input.paidSince(), amountDue, to.plusDays(this.dueDays - 1L), applied));
	}

	/**
	 * The year's consumption before {@code from}: from the previous bill, or before the
	 * first bill from what the legacy system had counted (only toward its own year, as if
	 * a bill had ended on the day it counts up to).
	 */
	private static BigDecimal yearToDate(BillingInput input, LocalDate from) {
		BillingInput.PreviousBill previous = input.previous();
		if (previous != null) {
			return yearToDate(previous.periodTo(), previous.yearConsumption(), from);
		}
		BillingInput.OpeningYear legacy = input.openingYear();
		return (legacy != null) ? yearToDate(legacy.countedUntil().plusDays(1), legacy.quantity(), from)
				: BigDecimal.ZERO;
	}

	/**
	 * The consumption of the calendar year before {@code from}: the year's consumption at
	 * the end of the previous bill when that bill ended in the same year (its last day is
	 * in it and {@code from} is not 1 January), else nothing.
	 * @param previousTo the day after the previous bill's last day
	 * @param previousYear the year's consumption at its end
	 */
	public static BigDecimal yearToDate(LocalDate previousTo, BigDecimal previousYear, LocalDate from) {
		boolean sameYear = previousTo.minusDays(1).getYear() == from.getYear() && from.getDayOfYear() != 1;
		return sameYear ? previousYear : BigDecimal.ZERO;
	}

	private static ChargeLine correction(ChargeLine line, String billNumber) {
		ChargeLine reversed = line.reversed(LineKind.CORRECTION);
		return new ChargeLine(LineKind.CORRECTION, reversed.step(), reversed.band(), reversed.season(), billNumber,
				billNumber, reversed.quantity(), reversed.price(), reversed.amount(), reversed.versionId(),
				reversed.documentNumber(), reversed.from(), reversed.to());
	}

	private static ChargeLine adjustmentLine(BillingInput.PendingAdjustment adjustment, LocalDate from, LocalDate to) {
		Money amount = adjustment.amount();
		String text = adjustment.reason() + " · " + adjustment.billNumber();
		return new ChargeLine(LineKind.ADJUSTMENT, 0, null, false, text, text, new Quantity(amount.amount(), Unit.YUAN),
				new UnitPrice(BigDecimal.ONE, Unit.YUAN), amount, 0, null, from, to);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
