package org.utilityportal.metro;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.utilityportal.shared.money.Money;

/**
 * Discounts by monthly spending on one card, as a fare version sets them (Beijing: after
 * ¥100 spent in a calendar month later rides cost 80%, after ¥150 50%, from ¥400 full
 * price again). A ride's rate is that of the highest threshold the card's spending
 * reached before the ride; the ride that crosses a threshold is still charged at the old
 * rate; spending counts what was charged and starts again on the 1st. The charged fare is
 * the fare by distance × rate, rounded once to the fen, half up.
 *
 * @param steps the thresholds, lowest first; none for a version without discounts
 */
public record MonthlyDiscount(List<Step> steps) {

	/** No discount: every ride at its fare by distance. */
	public static final MonthlyDiscount NONE = new MonthlyDiscount(List.of());

	public MonthlyDiscount {
		steps = List.copyOf(steps);
	}

	/** The rate of a ride after {@code spentBefore} was spent on the card this month. */
	public BigDecimal rate(Money spentBefore) {
		BigDecimal rate = BigDecimal.ONE;
		for (Step step : this.steps) {
			if (spentBefore.compareTo(step.fromSpent()) >= 0) {
				rate = step.rate();
			}
		}
		return rate;
	}

	/** What a ride costs: its fare by distance at the rate its month's spending gives. */
	public Money charge(Money distanceFare, Money spentBefore) {
		return Money.rounded(distanceFare.amount().multiply(rate(spentBefore)));
	}

	/**
	 * What is wrong with these thresholds, as message keys: they rise, and each rate is
	 * more than 0 and at most 1.
	 */
	public static List<String> problems(List<Step> steps) {
		List<String> problems = new ArrayList<>();
		Money previous = Money.ZERO;
		for (Step step : steps) {
			if (step.fromSpent().compareTo(previous) <= 0 || step.rate().signum() <= 0
					|| step.rate().compareTo(BigDecimal.ONE) > 0) {
				problems.add("metro.fares.problem.discount");
				break;
			}
			previous = step.fromSpent();
		}
		return problems;
	}

	/**
	 * One threshold.
	 *
	 * @param fromSpent from this much spent in the month on
	 * @param rate later rides cost this share of their fare (0.8 for 80%)
	 */
	public record Step(Money fromSpent, BigDecimal rate) {

		/** The rate as a percentage, e.g. 80. */
		public BigDecimal percent() {
			BigDecimal percent = this.rate.movePointRight(2).stripTrailingZeros();
			return (percent.scale() < 0) ? percent.setScale(0) : percent;
		}

		/** Whether rides after this threshold cost the full fare again. */
		public boolean isFullPrice() {
			return this.rate.compareTo(BigDecimal.ONE) == 0;
		}

	}

}
