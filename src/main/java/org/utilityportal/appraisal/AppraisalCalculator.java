package org.utilityportal.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of a month's score (pure). Each part is a per cent:
 * <ul>
 * <li>SLA: first replies and resolutions in time ÷ those charged to the person;</li>
 * <li>satisfaction: visits rated 4 or 5 ÷ visits;</li>
 * <li>repeats: 100 × (1 − repeat complaints ÷ resolutions charged), at least 0 (a repeat
 * with no resolution to set it against scores 0);</li>
 * <li>inspections: the average result;</li>
 * <li>actions: done in time ÷ due.</li>
 * </ul>
 * A part without anything to measure is left out and the others' weights count in its
 * place: the score is Σ weight × part ÷ Σ weight of the parts present. Parts and score
 * are rounded once, half up, to one decimal; without any part there is no score.
 */
public final class AppraisalCalculator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private AppraisalCalculator() {
	}

	/** A month's parts and score with these weights. */
	public static Appraisal score(AppraisalInput in, Weights weights) {
		BigDecimal sla = ratio(in.slaOnTime(), in.slaMeasured());
		BigDecimal satisfaction = ratio(in.satisfied(), in.visits());
		BigDecimal repeats = repeats(in.repeats(), in.resolved());
		BigDecimal inspections = in.inspectionAverage();
		BigDecimal actions = ratio(in.actionsOnTime(), in.actionsDue());
		BigDecimal weighted = BigDecimal.ZERO;
		int present = 0;
		BigDecimal[] parts = { sla, satisfaction, repeats, inspections, actions };
		int[] w = { weights.sla(), weights.satisfaction(), weights.repeats(), weights.inspections(),
				weights.actions() };
		for (int i = 0; i < parts.length; i++) {
			if (parts[i] != null && w[i] > 0) {
				weighted = weighted.add(parts[i].multiply(BigDecimal.valueOf(w[i])));
				present += w[i];
			}
		}
		BigDecimal score = (present == 0) ? null
				: weighted.divide(BigDecimal.valueOf(present), 1, RoundingMode.HALF_UP);
		return new Appraisal(round(sla), round(satisfaction), round(repeats), round(inspections), round(actions),
				score);
	}

	private static BigDecimal ratio(long part, long whole) {
		return (whole == 0) ? null
				: BigDecimal.valueOf(part)
					.multiply(HUNDRED)
					.divide(BigDecimal.valueOf(whole), 10, RoundingMode.HALF_UP);
	}

	private static BigDecimal repeats(long repeats, long resolved) {
		if (repeats == 0 && resolved == 0) {
			return null;
		}
		if (resolved == 0) {
			return BigDecimal.ZERO;
		}
		BigDecimal share = ratio(repeats, resolved);
		return HUNDRED.subtract(share).max(BigDecimal.ZERO);
	}

	private static BigDecimal round(BigDecimal value) {
		return (value != null) ? value.setScale(1, RoundingMode.HALF_UP) : null;
	}

	/**
	 * A month's parts and score, per cent to one decimal; {@code null} where there was
	 * nothing to measure.
	 *
	 * @param sla SLA compliance
	 * @param satisfaction return-visit satisfaction
	 * @param repeats freedom from repeat complaints
	 * @param inspections inspection results
	 * @param actions corrective actions in time
	 * @param score the weighted score
	 */
	public record Appraisal(BigDecimal sla, BigDecimal satisfaction, BigDecimal repeats, BigDecimal inspections,
			BigDecimal actions, BigDecimal score) {
	}

}
