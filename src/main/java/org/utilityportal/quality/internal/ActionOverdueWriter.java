package org.utilityportal.quality.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Raises overdue corrective actions a tier in one statement, guarded by their state: an
 * action not done whose due day has passed goes to tier 2, a week later to tier 3. The
 * update only takes rows still below the tier they reach, so two instances checking at
 * the same moment raise each action once (the second waits for the first's row locks and
 * then finds the tier reached).
 */
@Component
@RequiredArgsConstructor
public class ActionOverdueWriter {

	/** Days after the due day at which an action reaches tier 3. */
	public static final int TIER_THREE_AFTER_DAYS = 7;

	private final JdbcClient jdbc;

	/**
	 * An action raised a tier.
	 *
	 * @param id the action
	 * @param unitId its owner's unit
	 * @param ownerId its owner
	 * @param title one line
	 * @param dueOn the day it was due
	 * @param tier the tier reached
	 */
	public record Raised(long id, long unitId, long ownerId, String title, LocalDate dueOn, int tier) {
	}

	/** Raises every overdue action to the tier it has reached by {@code today}. */
	public List<Raised> raise(LocalDate today, Instant now) {
		return this.jdbc.sql("""
				update quality_action a
				set tier = case when a.due_on < :late then 3 else 2 end, escalated_at = :now, version = a.version + 1
				where a.status <> 'DONE' and a.due_on < :today
				  and a.tier < case when a.due_on < :late then 3 else 2 end
				returning a.id, a.unit_id, a.owner_id, a.title, a.due_on, a.tier
				""")
			.param("today", today)
			.param("late", today.minusDays(TIER_THREE_AFTER_DAYS))
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query((row, index) -> new Raised(row.getLong("id"), row.getLong("unit_id"), row.getLong("owner_id"),
					row.getString("title"), row.getObject("due_on", LocalDate.class), row.getInt("tier")))
			.list();
	}

}
