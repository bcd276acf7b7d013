package org.utilityportal.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's figures for a period (cases registered in it; visits made in it) and
 * the open cases now.
 *
 * @param from first day
 * @param to last day
 * @param openByTier open cases per tier 1–4
 * @param dueSoon open cases with a deadline in the next 24 hours
 * @param breached open cases that missed their first-reply or resolution deadline
 * @param compliance SLA compliance per team, person, nature and utility
 * @param visits return visits made
 * @param satisfied visits with an overall rating of 4 or 5
 * @param repeats repeat complaints registered
 * @param trend per day: registered and breached
 * @param atRisk open cases at risk of missing their resolution deadline, per team (the
 * last at-risk check's finding)
 */
public record Dashboard(LocalDate from, LocalDate to, Map<Integer, Long> openByTier, long dueSoon, long breached,
		List<Compliance> compliance, long visits, long satisfied, long repeats, List<Day> trend,
		List<TeamRisk> atRisk) {

	/** The satisfaction target, per cent. */
	public static final int TARGET = 90;

	/** The satisfaction target, per cent (for templates). */
	public int target() {
		return TARGET;
	}

	/** Open cases, all tiers. */
	public long open() {
		return this.openByTier.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Open cases at risk, all teams. */
	public long atRiskTotal() {
		return this.atRisk.stream().mapToLong(TeamRisk::cases).sum();
	}

	/** Satisfied visits per cent, or -1 without visits. */
	public double satisfaction() {
		return (this.visits == 0) ? -1 : 100.0 * this.satisfied / this.visits;
	}

	/** Whether satisfaction meets the target. */
	public boolean meetsTarget() {
		return this.visits > 0 && this.satisfied * 100 >= (long) TARGET * this.visits;
	}

	/** The compliance rows of one dimension. */
	public List<Compliance> of(String dimension) {
		return this.compliance.stream().filter((row) -> row.dimension().equals(dimension)).toList();
	}

	/**
	 * SLA compliance of one group.
	 *
	 * @param dimension {@code unit}, {@code person}, {@code nature} or {@code utility}
	 * @param key the group's key (id or enum name; {@code null}: none)
	 * @param label the group's display value (name, or the key)
	 * @param cases cases registered
	 * @param firstReplyMeasured cases whose first reply was given or is late
	 * @param firstReplyOnTime given in time
	 * @param resolutionMeasured cases resolved or late
	 * @param resolutionOnTime resolved in time
	 */
	public record Compliance(String dimension, String key, String label, long cases, long firstReplyMeasured,
			long firstReplyOnTime, long resolutionMeasured, long resolutionOnTime) {

		/** Per cent of first replies in time, or -1. */
		public double firstReplyRate() {
			return (this.firstReplyMeasured == 0) ? -1 : 100.0 * this.firstReplyOnTime / this.firstReplyMeasured;
		}

		/** Per cent of resolutions in time, or -1. */
		public double resolutionRate() {
			return (this.resolutionMeasured == 0) ? -1 : 100.0 * this.resolutionOnTime / this.resolutionMeasured;
		}

	}

	/**
	 * A team's open cases at risk.
	 *
	 * @param unitId the team
	 * @param label its name
	 * @param cases cases at risk
	 */
	public record TeamRisk(long unitId, String label, long cases) {
	}

	/**
	 * One day of the trend.
	 *
	 * @param day the day
	 * @param registered cases registered
	 * @param breached of which missed a deadline
	 */
	public record Day(LocalDate day, long registered, long breached) {
	}

}
