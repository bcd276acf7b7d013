package org.utilityportal.quality.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.quality.InspectionKind;
import org.utilityportal.quality.InspectionStatus;

/**
 * Lists of inspections and corrective actions, newest or most urgent first, each on an
 * index of V154, and the figures of a period per person for the appraisal.
 */
@Component
@RequiredArgsConstructor
public class QualityQueries {

	private static final String INSPECTION = "select id, kind, inspected_id, unit_id, subject, status, percent, "
			+ "created_at from quality_inspection ";

	private static final String ACTION = "select id from quality_action ";

	private final JdbcClient jdbc;

	/**
	 * An inspection in a list, with ids for the names.
	 *
	 * @param id id
	 * @param kind kind
	 * @param inspectedId person inspected
	 * @param unitId their unit
	 * @param subject what was inspected
	 * @param status status
	 * @param percent result
	 * @param createdAt opened
	 */
	public record InspectionLine(long id, InspectionKind kind, long inspectedId, long unitId, String subject,
			InspectionStatus status, BigDecimal percent, Instant createdAt) {
	}

	/**
	 * A person's figures over a period.
	 *
	 * @param personId the person
	 * @param inspections inspections with a result in the period
	 * @param percentSum the sum of their results (per cent)
	 * @param actionsDue their corrective actions due in the period
	 * @param actionsOnTime of which done by the end of the due day
	 */
	public record PersonFigures(long personId, long inspections, BigDecimal percentSum, long actionsDue,
			long actionsOnTime) {
	}

	/** The newest inspections, of one unit or all. */
	public List<InspectionLine> inspections(Long unitId, int limit) {
		return (unitId != null)
				? this.jdbc.sql(INSPECTION + "where unit_id = ? order by created_at desc limit ?")
					.params(unitId, limit)
					.query(QualityQueries::inspection)
					.list()
				: this.jdbc.sql(INSPECTION + "order by created_at desc limit ?")
					.param(limit)
					.query(QualityQueries::inspection)
					.list();
	}

	/** A person's scored inspections, newest first. */
	public List<InspectionLine> inspectionsOf(long personId, int limit) {
		return this.jdbc.sql(INSPECTION + "where inspected_id = ? and status <> 'OPEN' order by scored_at desc limit ?")
			.params(personId, limit)
			.query(QualityQueries::inspection)
			.list();
	}

	/**
	 * The ids of a unit's actions (all units: {@code null}), open ones first by due day.
	 */
	public List<Long> actionsOfUnit(Long unitId, boolean openOnly, int limit) {
		String where = ((unitId != null) ? "where unit_id = :unit " : "where true ")
				+ (openOnly ? "and status <> 'DONE' " : "");
		var spec = this.jdbc.sql(ACTION + where + "order by (status = 'DONE'), due_on, id limit :limit")
			.param("limit", limit);
		if (unitId != null) {
			spec = spec.param("unit", unitId);
		}
		return spec.query(Long.class).list();
	}

	/** The ids of a person's actions, open ones first by due day. */
	public List<Long> actionsOwnedBy(long ownerId, int limit) {
		return this.jdbc.sql(ACTION + "where owner_id = ? order by (status = 'DONE'), due_on, id limit ?")
			.params(ownerId, limit)
			.query(Long.class)
			.list();
	}

	/** The ids of the actions raised from an inspection or for a campaign. */
	public List<Long> actionsFrom(Long inspectionId, Long campaignId) {
		return this.jdbc.sql(ACTION + "where inspection_id = ? or campaign_id = ? order by id")
			.params(inspectionId, campaignId)
			.query(Long.class)
			.list();
	}

	/**
	 * Everyone's inspection results and corrective actions in a period: results by the
	 * day they were scored (a revised result replaces the first), actions by their due
	 * day.
	 */
	public List<PersonFigures> figures(LocalDate from, LocalDate to, ZoneId zone) {
		OffsetDateTime start = from.atStartOfDay(zone).toOffsetDateTime();
		OffsetDateTime end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
		return this.jdbc
			.sql("""
					select person, sum(inspections) as inspections, sum(percent_sum) as percent_sum, sum(due) as due,
					    sum(on_time) as on_time
					from (select inspected_id as person, count(*) as inspections, sum(percent) as percent_sum, 0 as due,
					          0 as on_time
					      from quality_inspection where scored_at >= :start and scored_at < :end and status <> 'OPEN'
					      group by inspected_id
					      union all
					      select owner_id, 0, 0, count(*),
					          count(*) filter (where status = 'DONE' and done_at < (due_on + 1)::timestamp at time zone :zone)
					      from quality_action where due_on >= :from and due_on <= :to group by owner_id) f
					group by person
					""")
			.param("start", start)
			.param("end", end)
			.param("from", from)
			.param("to", to)
			.param("zone", zone.getId())
			.query((row, index) -> new PersonFigures(row.getLong("person"), row.getLong("inspections"),
					row.getBigDecimal("percent_sum"), row.getLong("due"), row.getLong("on_time")))
			.list();
	}

	private static InspectionLine inspection(ResultSet row, int index) throws SQLException {
		return new InspectionLine(row.getLong("id"), InspectionKind.valueOf(row.getString("kind")),
				row.getLong("inspected_id"), row.getLong("unit_id"), row.getString("subject"),
				InspectionStatus.valueOf(row.getString("status")), row.getBigDecimal("percent"),
				row.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
