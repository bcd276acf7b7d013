package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Quantity;
import org.utilityportal.shared.money.Rounding;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.shared.money.UnitPrice;
import org.utilityportal.tariff.ChargeLine;
import org.utilityportal.tariff.LineKind;

/**
 * The late-payment charge (违约金) of one overdue bill over a window of days, as bill lines
 * of days × daily rate × amount overdue = amount (the amount rounded half up to the fen,
 * once per line). The rules (《供电营业规则》 art. 98, rates and grace configurable):
 * <ul>
 * <li>the first day charged is the day after the due date plus the grace period of the
 * version in force then; the days before are never charged;</li>
 * <li>the amount overdue on a day is the bill's charges less what payments (not reversed)
 * paid of it up to and including that day, so the day of payment is not charged;</li>
 * <li>residential customers pay the residential rate; others the current-year rate on
 * days in the bill's own year and the earlier-years rate on days of a later year;</li>
 * <li>days while a re-check or complaint about the bill is open are not charged;</li>
 * <li>a new version of the rates applies from its first day.</li>
 * </ul>
 * Consecutive days with the same amount and rate make one line.
 */
public final class LateChargeCalculator {

	private LateChargeCalculator() {
	}

	/** The first day a bill due on {@code dueDate} is charged for. */
	public static LocalDate firstChargedDay(LocalDate dueDate, List<Rates> versions) {
		LocalDate overdue = dueDate.plusDays(1);
		return overdue.plusDays(inForce(versions, overdue).graceDays());
	}

	/**
	 * Charges one bill for the days from where it was last charged up to (not including)
	 * {@code windowEnd}.
	 */
	public static Result charge(Overdue bill, LocalDate windowEnd, List<Rates> versions) {
		LocalDate start = (bill.chargedUntil() != null) ? bill.chargedUntil() : bill.firstChargedOn();
		if (!start.isBefore(windowEnd)) {
			return new Result(List.of(), bill.chargedUntil(), paidBy(bill, windowEnd.minusDays(1)));
		}
		List<ChargeLine> lines = new ArrayList<>();
		LocalDate[] run = null;
		BigDecimal runOverdue = null;
		BigDecimal runRate = null;
		List<LocalDate> cuts = boundaries(bill, start, windowEnd, versions);
		for (int i = 0; i + 1 < cuts.size(); i++) {
			LocalDate from = cuts.get(i);
			LocalDate to = cuts.get(i + 1);
			BigDecimal overdue = overdue(bill, from);
			BigDecimal rate = paused(bill, from) ? BigDecimal.ZERO : rate(bill, inForce(versions, from), from);
			boolean charged = overdue.signum() > 0 && rate.signum() > 0;
			if (run != null && (!charged || overdue.compareTo(runOverdue) != 0 || rate.compareTo(runRate) != 0)) {
				lines.add(line(bill, run[0], run[1], runOverdue, runRate));
				run = null;
			}
			if (charged) {
				run = (run == null) ? new LocalDate[] { from, to } : new LocalDate[] { run[0], to };
				runOverdue = overdue;
				runRate = rate;
			}
		}
		if (run != null) {
			lines.add(line(bill, run[0], run[1], runOverdue, runRate));
		}
		return new Result(List.copyOf(lines), windowEnd, paidBy(bill, windowEnd.minusDays(1)));
	}

	private static List<LocalDate> boundaries(Overdue bill, LocalDate start, LocalDate end, List<Rates> versions) {
		TreeSet<LocalDate> cuts = new TreeSet<>(List.of(start, end));
		bill.settlements().forEach((settlement) -> cuts.add(settlement.on()));
		versions.forEach((version) -> cuts.add(version.from()));
		for (Pause pause : bill.pauses()) {
			cuts.add(pause.from());
			if (pause.to() != null) {
				cuts.add(pause.to());
			}
		}
		for (int year = start.getYear() + 1; year <= end.getYear(); year++) {
			cuts.add(LocalDate.of(year, 1, 1));
		}
		return new ArrayList<>(cuts.subSet(start, true, end, true));
	}

	/** Charges less what was paid of them up to and including the day. */
	static BigDecimal overdue(Overdue bill, LocalDate day) {
		BigDecimal paid = bill.settlements()
			.stream()
			.filter((settlement) -> !settlement.on().isAfter(day))
			.map((settlement) -> settlement.amount().amount())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return bill.charges().amount().subtract(paid);
	}

	private static boolean paidBy(Overdue bill, LocalDate day) {
		return overdue(bill, day).signum() <= 0;
	}

	private static boolean paused(Overdue bill, LocalDate day) {
		return bill.pauses()
			.stream()
			.anyMatch((pause) -> !day.isBefore(pause.from()) && (pause.to() == null || day.isBefore(pause.to())));
	}

	private static BigDecimal rate(Overdue bill, Rates rates, LocalDate day) {
		if (bill.residential()) {
			return rates.residential();
		}
		return (day.getYear() > bill.billYear()) ? rates.otherEarlier() : rates.otherCurrent();
	}

	private static Rates inForce(List<Rates> versions, LocalDate day) {
		return versions.stream()
			.filter((version) -> !version.from().isAfter(day))
			.max(Comparator.comparing(Rates::from))
			.orElseThrow(() -> new IllegalStateException("No late-payment rates in force on " + day));
	}

	private static ChargeLine line(Overdue bill, LocalDate from, LocalDate to, BigDecimal overdue, BigDecimal rate) {
		long days = ChronoUnit.DAYS.between(from, to);
		BigDecimal perDay = rate.multiply(overdue).stripTrailingZeros();
		Money amount = Money.rounded(perDay.multiply(BigDecimal.valueOf(days)));
		String perMille = rate.movePointRight(3).stripTrailingZeros().toPlainString();
		String owed = Rounding.money(overdue).toPlainString();
		return new ChargeLine(LineKind.LATE_CHARGE, 0, null, false,
				"违约金：账单 " + bill.billNumber() + " 欠费 ¥" + owed + " × " + perMille + "‰/天",
				"Late-payment charge: bill " + bill.billNumber() + ", ¥" + owed + " overdue × " + perMille + "‰ a day",
				new Quantity(BigDecimal.valueOf(days), Unit.DAY), new UnitPrice(perDay, Unit.DAY), amount, 0,
				bill.billNumber(), from, to);
	}

	/**
	 * A version of the rates (fractions per day) and grace period.
	 *
	 * @param from its first day
	 * @param residential residential customers' rate
	 * @param otherCurrent other customers' rate on arrears of the current year
	 * @param otherEarlier other customers' rate on arrears of earlier years
	 * @param graceDays days after the due date that are never charged
	 */
	public record Rates(LocalDate from, BigDecimal residential, BigDecimal otherCurrent, BigDecimal otherEarlier,
			int graceDays) {
	}

	/**
	 * An overdue bill.
	 *
	 * @param billNumber the bill
	 * @param billYear the year of the bill's month (for the earlier-years rate)
	 * @param residential whether the bill is residential
	 * @param charges its charges
	 * @param firstChargedOn the first day it is charged for
	 * @param chargedUntil the day after the last day already charged, {@code null} if
	 * none
	 * @param settlements what payments (not reversed) paid of it, by day
	 * @param pauses open or closed re-checks and complaints about it
	 */
	public record Overdue(String billNumber, int billYear, boolean residential, Money charges, LocalDate firstChargedOn,
			LocalDate chargedUntil, List<Settlement> settlements, List<Pause> pauses) {
	}

	/**
	 * What a payment paid of a bill, on a day.
	 *
	 * @param on the day it was paid (business time zone)
	 * @param amount how much of the bill it paid
	 */
	public record Settlement(LocalDate on, Money amount) {
	}

	/**
	 * Days a re-check or complaint about the bill was open.
	 *
	 * @param from the day it was asked for
	 * @param to the day after it was resolved, {@code null} while open
	 */
	public record Pause(LocalDate from, LocalDate to) {
	}

	/**
	 * What charging a bill over a window gave.
	 *
	 * @param lines the lines for the new bill (may be none)
	 * @param chargedUntil the day after the last day now charged
	 * @param settled whether the bill is paid and needs no more charging
	 */
	public record Result(List<ChargeLine> lines, LocalDate chargedUntil, boolean settled) {
	}

}
