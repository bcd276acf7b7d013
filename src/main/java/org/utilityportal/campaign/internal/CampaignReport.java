package org.utilityportal.campaign.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.campaign.CampaignResult;
import org.utilityportal.campaign.SatisfactionItem;

/**
 * A campaign's result, aggregated from its questionnaires (one pass) and evaluators'
 * scores (one statement).
 */
@Component
@RequiredArgsConstructor
public class CampaignReport {

	private static final String[] COLUMNS = { "overall", "image", "language", "proactive", "accurate", "skilled",
			"no_buck" };

	private final JdbcClient jdbc;

	/** The result of a campaign as recorded so far. */
	public CampaignResult result(long campaignId) {
		StringBuilder sql = new StringBuilder("select count(*) as n");
		for (String column : COLUMNS) {
			sql.append(", count(*) filter (where ")
				.append(column)
				.append(" >= 4) as ")
				.append(column)
				.append("_ok")
				.append(", sum(")
				.append(column)
				.append(") as ")
				.append(column)
				.append("_sum");
		}
		sql.append(" from campaign_response where campaign_id = ?");
		List<CampaignResult.ItemResult> items = new ArrayList<>();
		long responses = this.jdbc.sql(sql.toString()).param(campaignId).query((row, index) -> {
			long n = row.getLong("n");
			SatisfactionItem[] kinds = SatisfactionItem.values();
			for (int i = 0; i < COLUMNS.length; i++) {
				long ok = row.getLong(COLUMNS[i] + "_ok");
				long sum = row.getLong(COLUMNS[i] + "_sum");
				items.add(new CampaignResult.ItemResult(kinds[i], ok, share(ok * 100, n, 1), share(sum, n, 2)));
			}
			return n;
		}).single();
		List<CampaignResult.Evaluation> evaluations = this.jdbc.sql("""
				select evaluator, organisation, score, remark, recorded_at from campaign_evaluation
				where campaign_id = ? order by recorded_at, id
				""")
			.param(campaignId)
			.query((row, index) -> new CampaignResult.Evaluation(row.getString("evaluator"),
					row.getString("organisation"), row.getBigDecimal("score"), row.getString("remark"),
					row.getObject("recorded_at", OffsetDateTime.class).toInstant()))
			.list();
		BigDecimal average = evaluations.isEmpty() ? null
				: evaluations.stream()
					.map(CampaignResult.Evaluation::score)
					.reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(evaluations.size()), 1, RoundingMode.HALF_UP);
		return new CampaignResult(responses, items, evaluations, average);
	}

	private static BigDecimal share(long part, long whole, int scale) {
		return (whole == 0) ? null
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
	}

}
