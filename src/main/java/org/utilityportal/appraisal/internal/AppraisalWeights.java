package org.utilityportal.appraisal.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.utilityportal.appraisal.Weights;

/**
 * The weights of the monthly score from a month on, until a later set starts. A set for a
 * month can be changed until that month is past (its scores are then paid); later months
 * get a new set.
 */
@Entity
@Table(name = "appraisal_weights")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AppraisalWeights {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate effectiveFrom;

	private int sla;

	private int satisfaction;

	private int repeats;

	private int inspections;

	private int actions;

	private String setBy;

	private Instant setAt;

	@Version
	private long version;

	public AppraisalWeights(Weights weights, String by, Instant at) {
		this.effectiveFrom = weights.effectiveFrom();
		change(weights, by, at);
	}

	/** New weights for the same first month. */
	public void change(Weights weights, String by, Instant at) {
		if (!weights.effectiveFrom().equals(this.effectiveFrom)) {
			throw new IllegalArgumentException("A set keeps its first month");
		}
		this.sla = weights.sla();
		this.satisfaction = weights.satisfaction();
		this.repeats = weights.repeats();
		this.inspections = weights.inspections();
		this.actions = weights.actions();
		this.setBy = by;
		this.setAt = at;
	}

	/** The weights as a value. */
	public Weights weights() {
		return new Weights(this.effectiveFrom, this.sla, this.satisfaction, this.repeats, this.inspections,
				this.actions);
	}

}
