package org.utilityportal.campaign.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.campaign.Respondent;

/**
 * The append-only records of a campaign: returned questionnaires and evaluators' scores,
 * written while the campaign's row is locked and it is not published (the service checks
 * it through the aggregate); a database trigger refuses changing them.
 */
@Component
@RequiredArgsConstructor
public class CampaignRecordsWriter {

	private final JdbcClient jdbc;

	/** One returned questionnaire, its ratings 1–5 in the order of the items. */
	public void response(long campaignId, Respondent respondent, int[] ratings, String by, Instant at) {
		this.jdbc.sql("""
				insert into campaign_response (campaign_id, respondent, overall, image, language, proactive, accurate,
				    skilled, no_buck, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(campaignId, respondent.name(), ratings[0], ratings[1], ratings[2], ratings[3], ratings[4],
					ratings[5], ratings[6], by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	/** One external evaluator's score, 0–100. */
	public void evaluation(long campaignId, String evaluator, String organisation, BigDecimal score, String remark,
			String by, Instant at) {
		this.jdbc.sql("""
				insert into campaign_evaluation (campaign_id, evaluator, organisation, score, remark, recorded_by,
				    recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(campaignId, evaluator, organisation, score, remark, by,
					OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

}
