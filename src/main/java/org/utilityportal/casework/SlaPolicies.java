package org.utilityportal.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.web.NotFoundException;

/**
 * SLA policies per nature × subject × grade band. The most specific policy wins: exact
 * subject and band, then subject with any band, then band with any subject, then the
 * nature's catch-all. A case copies its policy's limits at registration: a change applies
 * to cases registered afterwards.
 */
@Service
@RequiredArgsConstructor
public class SlaPolicies {

	private static final String COLUMNS = "select id, nature, subject, grade_band, all_hours, first_reply_minutes, "
			+ "resolution_minutes, return_visit_minutes, tier2_minutes, tier3_minutes, tier4_minutes, "
			+ "warning_percent, version from sla_policy ";

	private final JdbcClient jdbc;

	private final Clock clock;

	/** Every policy, by nature, then catch-alls first. */
	@Transactional(readOnly = true)
	public List<SlaPolicyView> all() {
		return this.jdbc.sql(COLUMNS + "order by nature, subject nulls first, grade_band nulls first")
			.query(SlaPolicies::map)
			.list();
	}

	/** One policy. */
	@Transactional(readOnly = true)
	public SlaPolicyView byId(long id) {
		return this.jdbc.sql(COLUMNS + "where id = ?")
			.param(id)
			.query(SlaPolicies::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("Policy"));
	}

	/** The policy that applies to a case. */
	@Transactional(readOnly = true)
	public SlaPolicyView match(Nature nature, Subject subject, int grade) {
		return this.jdbc.sql(COLUMNS + """
				where nature = ? and (subject = ? or subject is null) and (grade_band = ? or grade_band is null)
				order by (subject is not null) desc, (grade_band is not null) desc limit 1
				""")
			.params(nature.name(), subject.name(), Grade.band(grade))
			.query(SlaPolicies::map)
			.optional()
			.orElseThrow(() -> new IllegalStateException("No SLA policy for " + nature));
	}

	/** Creates a policy; reports a duplicate combination on the form. */
	@Transactional
	public Long create(SlaPolicyForm form, String by, Errors errors) {
		try {
			return this.jdbc.sql("""
					insert into sla_policy (nature, subject, grade_band, all_hours, first_reply_minutes,
					    resolution_minutes, return_visit_minutes, tier2_minutes, tier3_minutes, tier4_minutes,
					    warning_percent, updated_at, updated_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
					""")
				.params(form.getNature().name(), (form.getSubject() != null) ? form.getSubject().name() : null,
						band(form), form.isAllHours(), form.getFirstReplyMinutes(), form.getResolutionMinutes(),
						form.getReturnVisitMinutes(), form.getTier2Minutes(), form.getTier3Minutes(),
						form.getTier4Minutes(), form.getWarningPercent(), now(), by)
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			errors.reject("sla.validation.duplicate");
			return null;
		}
	}

	/**
	 * Saves new limits (the combination it applies to does not change).
	 * @throws StaleEditException when someone saved it since the form was opened
	 */
	@Transactional
	public void update(long id, SlaPolicyForm form, String by) {
		byId(id);
		int updated = this.jdbc.sql("""
				update sla_policy set all_hours = ?, first_reply_minutes = ?, resolution_minutes = ?,
				    return_visit_minutes = ?, tier2_minutes = ?, tier3_minutes = ?, tier4_minutes = ?,
				    warning_percent = ?, updated_at = ?, updated_by = ?, version = version + 1
				where id = ? and version = ?
				""")
			.params(form.isAllHours(), form.getFirstReplyMinutes(), form.getResolutionMinutes(),
					form.getReturnVisitMinutes(), form.getTier2Minutes(), form.getTier3Minutes(),
					form.getTier4Minutes(), form.getWarningPercent(), now(), by, id, form.getVersion())
			.update();
		if (updated != 1) {
			throw new StaleEditException("Policy " + id);
		}
	}

	/** A policy as a form. */
	public SlaPolicyForm form(long id) {
		SlaPolicyView policy = byId(id);
		SlaPolicyForm form = new SlaPolicyForm();
		form.setNature(policy.nature());
		form.setSubject(policy.subject());
		form.setGradeBand(policy.gradeBand());
		form.setAllHours(policy.allHours());
		form.setFirstReplyMinutes(policy.firstReplyMinutes());
		form.setResolutionMinutes(policy.resolutionMinutes());
		form.setReturnVisitMinutes(policy.returnVisitMinutes());
		form.setTier2Minutes(policy.tier2Minutes());
		form.setTier3Minutes(policy.tier3Minutes());
		form.setTier4Minutes(policy.tier4Minutes());
		form.setWarningPercent(policy.warningPercent());
		form.setVersion(policy.version());
		return form;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static String band(SlaPolicyForm form) {
		return StringUtils.hasText(form.getGradeBand()) ? form.getGradeBand() : null;
	}

	private static SlaPolicyView map(java.sql.ResultSet row, int index) throws java.sql.SQLException {
		String subject = row.getString("subject");
		return new SlaPolicyView(row.getLong("id"), Nature.valueOf(row.getString("nature")),
				(subject != null) ? Subject.valueOf(subject) : null, row.getString("grade_band"),
				row.getBoolean("all_hours"), row.getInt("first_reply_minutes"), row.getInt("resolution_minutes"),
				row.getInt("return_visit_minutes"), row.getInt("tier2_minutes"), row.getInt("tier3_minutes"),
				row.getInt("tier4_minutes"), row.getInt("warning_percent"), row.getLong("version"));
	}

}
