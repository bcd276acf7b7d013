package org.utilityportal.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a campaign found: the questionnaires returned with each item's satisfaction, and
 * the external evaluators' scores.
 *
 * @param responses questionnaires returned
 * @param items each item: satisfied (4 or 5) per cent to one decimal and average rating
 * to two (half up); {@code null} values without questionnaires
 * @param evaluations the evaluators' scores, in the order recorded
 * @param evaluationAverage their average, one decimal (half up), or {@code null}
 */
public record CampaignResult(long responses, List<ItemResult> items, List<Evaluation> evaluations,
		BigDecimal evaluationAverage) {

	/**
	 * One questionnaire item.
	 *
	 * @param item the item
	 * @param satisfied questionnaires rating it 4 or 5
	 * @param rate satisfied per cent
	 * @param average average rating, 1–5
	 */
	public record ItemResult(SatisfactionItem item, long satisfied, BigDecimal rate, BigDecimal average) {
	}

	/**
	 * An external evaluator's score.
	 *
	 * @param evaluator their name
	 * @param organisation whom they represent
	 * @param score 0–100
	 * @param remark what they said
	 * @param at when it was recorded
	 */
	public record Evaluation(String evaluator, String organisation, BigDecimal score, String remark, Instant at) {
	}

}
