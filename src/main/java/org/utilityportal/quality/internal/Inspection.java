package org.utilityportal.quality.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.utilityportal.quality.InspectionKind;
import org.utilityportal.quality.InspectionStatus;
import org.utilityportal.quality.Sampling;
import org.utilityportal.quality.ScorecardStatus;
import org.utilityportal.shared.domain.StaleEditException;

/**
 * An inspection of one call, counter visit, floor walk or closed case, scored on a
 * scorecard version by an inspector who is not the person inspected. The person sees the
 * result and may contest it once; another supervisor (neither of the two) then upholds
 * the score or revises it. The result is a per cent of the card's points, one decimal,
 * half up.
 */
@Entity
@Table(name = "quality_inspection")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Inspection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private InspectionKind kind;

	@Enumerated(EnumType.STRING)
	private Sampling sampling;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "scorecard_id", updatable = false)
	private Scorecard scorecard;

	private long inspectedId;

	private long unitId;

	private long inspectorId;

	private String caseNumber;

	private String subject;

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private InspectionStatus status;

	private BigDecimal percent;

	private String findings;

	private Instant scoredAt;

	private String contestReason;

	private Instant contestedAt;

	private Long reviewerId;

	private String reviewNote;

	private Instant reviewedAt;

	private Instant createdAt;

	@Version
	private long version;

	@Getter(AccessLevel.NONE)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quality_inspection_score", joinColumns = @JoinColumn(name = "inspection_id"))
	@MapKeyColumn(name = "item_code")
	@Column(name = "score")
	private Map<String, BigDecimal> scores = new HashMap<>();

	/**
	 * What is inspected and who.
	 *
	 * @param inspectedId the person inspected (user account id)
	 * @param unitId their unit
	 * @param caseNumber the case reviewed (or the case of the call), or {@code null}
	 * @param subject what was inspected, in a line (a call, a hall, a case)
	 * @param occurredAt when the call, visit or walk took place (a case: when it closed)
	 */
	public record Target(long inspectedId, long unitId, String caseNumber, String subject, Instant occurredAt) {
	}

	/**
	 * Opens an inspection on the card in use for its kind.
	 * @throws IllegalArgumentException when the inspector is the person inspected, or the
	 * card is not the published one of the kind
	 */
	public Inspection(InspectionKind kind, Sampling sampling, Scorecard card, Target target, long inspectorId,
			Instant at) {
		if (inspectorId == target.inspectedId()) {
			throw new IllegalArgumentException("Nobody inspects themselves");
		}
		if (card.getKind() != kind || card.getStatus() != ScorecardStatus.PUBLISHED) {
			throw new IllegalArgumentException("Inspections are scored on the published card of their kind");
		}
		this.kind = kind;
		this.sampling = sampling;
		this.scorecard = card;
		this.inspectedId = target.inspectedId();
		this.unitId = target.unitId();
		this.caseNumber = target.caseNumber();
		this.subject = target.subject();
		this.occurredAt = target.occurredAt();
		this.inspectorId = inspectorId;
		this.status = InspectionStatus.OPEN;
		this.createdAt = at;
	}

	/**
	 * Scores every item of the card (0 up to its points, halves allowed) and writes the
	 * findings; by the inspector, once.
	 * @throws IllegalArgumentException when an item is missing or out of range
	 * @throws StaleEditException when it is scored already or the scorer is not the
	 * inspector
	 */
	public void score(Map<String, BigDecimal> itemScores, String findings, long by, Instant at) {
		if (this.status != InspectionStatus.OPEN || by != this.inspectorId) {
			throw refused("score");
		}
		this.percent = scoresOf(itemScores);
		this.findings = findings;
		this.scoredAt = at;
		this.status = InspectionStatus.SCORED;
	}

	/**
	 * The person inspected contests the result, once, with a reason.
	 * @throws StaleEditException when it is not theirs, not scored, or contested already
	 */
	public void contest(String reason, long by, Instant at) {
		if (by != this.inspectedId || this.status != InspectionStatus.SCORED || this.contestedAt != null) {
			throw refused("contest");
		}
		this.contestReason = reason;
		this.contestedAt = at;
		this.status = InspectionStatus.CONTESTED;
	}

	/**
	 * Settles a contest: keeps the score ({@code revised} empty) or replaces the item
	 * scores; by a supervisor who is neither the person inspected nor the inspector.
	 */
	public void review(Map<String, BigDecimal> revised, String note, long by, Instant at) {
		if (this.status != InspectionStatus.CONTESTED || by == this.inspectedId || by == this.inspectorId) {
			throw refused("review");
		}
		if (revised != null && !revised.isEmpty()) {
			this.percent = scoresOf(revised);
			this.status = InspectionStatus.REVISED;
		}
		else {
			this.status = InspectionStatus.UPHELD;
		}
		this.reviewerId = by;
		this.reviewNote = note;
		this.reviewedAt = at;
	}

	/** The score of each item, by code. */
	public Map<String, BigDecimal> getScores() {
		return Collections.unmodifiableMap(this.scores);
	}

	/**
	 * The per cent of the card's points that {@code points} of {@code max} make: one
	 * decimal, half up.
	 */
	public static BigDecimal percent(BigDecimal points, int max) {
		return points.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(max), 1, RoundingMode.HALF_UP);
	}

	private BigDecimal scoresOf(Map<String, BigDecimal> itemScores) {
		BigDecimal total = BigDecimal.ZERO;
		Map<String, BigDecimal> checked = new HashMap<>();
		for (ScoreItem item : this.scorecard.getItems()) {
			BigDecimal score = itemScores.get(item.code());
			if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(item.points())) > 0
					|| score.multiply(BigDecimal.TWO).stripTrailingZeros().scale() > 0) {
				throw new IllegalArgumentException("Item " + item.code() + " scores 0-" + item.points());
			}
			checked.put(item.code(), score.setScale(1, RoundingMode.UNNECESSARY));
			total = total.add(score);
		}
		if (!itemScores.keySet().equals(checked.keySet())) {
			throw new IllegalArgumentException("Only the card's items are scored");
		}
		this.scores.clear();
		this.scores.putAll(checked);
		return percent(total, this.scorecard.maxPoints());
	}

	private StaleEditException refused(String action) {
		return new StaleEditException("Inspection " + this.id + " (" + this.status + ", cannot " + action + ")");
	}

}
