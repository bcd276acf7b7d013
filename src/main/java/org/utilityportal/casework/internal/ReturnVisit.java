package org.utilityportal.casework.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Immutable;
import org.utilityportal.casework.VisitMethod;

/**
 * The return visit of one round of a case (每案必访), owned by its {@link ServiceCase}: four
 * ratings from 1 to 5 (5 = satisfied), counted for whoever resolved the round. One per
 * case and round; append-only.
 */
@Entity
@Table(name = "return_visit")
@Immutable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ReturnVisit extends OwnedByCase {

	private int round;

	@Enumerated(EnumType.STRING)
	private VisitMethod method;

	private int attitude;

	private int speed;

	private int result;

	private int overall;

	private String remark;

	private Instant visitedAt;

	private String recordedBy;

	private Long chargedId;

	private Long chargedUnitId;

	/**
	 * @param chargedId the person who resolved the round (its rating counts for them)
	 * @param chargedUnitId their team
	 */
	ReturnVisit(ServiceCase serviceCase, VisitMethod method, Ratings ratings, String remark, Instant at, String by,
			Long chargedId, long chargedUnitId) {
		super(serviceCase);
		this.round = serviceCase.getRound();
		this.method = method;
		this.attitude = ratings.attitude();
		this.speed = ratings.speed();
		this.result = ratings.result();
		this.overall = ratings.overall();
		this.remark = remark;
		this.visitedAt = at;
		this.recordedBy = by;
		this.chargedId = chargedId;
		this.chargedUnitId = chargedUnitId;
	}

	/**
	 * The four items of a return visit, each 1–5.
	 *
	 * @param attitude the staff's attitude
	 * @param speed how fast it was handled
	 * @param result the outcome
	 * @param overall overall satisfaction; 1 or 2 reopens the case
	 */
	public record Ratings(int attitude, int speed, int result, int overall) {

		public Ratings {
			for (int rating : new int[] { attitude, speed, result, overall }) {
				if (rating < 1 || rating > 5) {
					throw new IllegalArgumentException("Ratings are 1-5");
				}
			}
		}

	}

}
