package org.utilityportal.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An inspection with its card, scores and the actions raised from it.
 *
 * @param id its id
 * @param kind what was inspected
 * @param sampling how it was chosen
 * @param card the scorecard version it is scored on
 * @param inspectedId the person inspected
 * @param inspected their name and work number
 * @param unit their unit's name
 * @param inspectorId the inspector
 * @param inspector the inspector's name
 * @param caseNumber the case reviewed, or {@code null}
 * @param subject what was inspected
 * @param occurredAt when it took place
 * @param status where it stands
 * @param percent the result, per cent of the card's points (one decimal), or {@code null}
 * before scoring
 * @param scores each item's score by code
 * @param findings what the inspector found
 * @param scoredAt when it was scored
 * @param contestReason why the person contested it, or {@code null}
 * @param contestedAt when
 * @param reviewer who settled the contest
 * @param reviewNote why
 * @param reviewedAt when
 * @param version optimistic-locking version
 * @param actions the corrective actions raised from it
 */
public record InspectionView(long id, InspectionKind kind, Sampling sampling, ScorecardView card, long inspectedId,
		String inspected, String unit, long inspectorId, String inspector, String caseNumber, String subject,
		Instant occurredAt, InspectionStatus status, BigDecimal percent, Map<String, BigDecimal> scores,
		String findings, Instant scoredAt, String contestReason, Instant contestedAt, String reviewer,
		String reviewNote, Instant reviewedAt, long version, List<ActionView> actions) {

	/** Whether the person inspected may still contest it. */
	public boolean contestable() {
		return this.status == InspectionStatus.SCORED && this.contestedAt == null;
	}

	/** An item's score, or {@code null}. */
	public BigDecimal score(String code) {
		return this.scores.get(code);
	}

}
