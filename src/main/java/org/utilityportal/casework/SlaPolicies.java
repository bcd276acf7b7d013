package org.utilityportal.casework;

import java.time.Clock;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.utilityportal.casework.internal.SlaPolicy;
import org.utilityportal.casework.internal.SlaPolicyRepository;
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

	private final SlaPolicyRepository policies;

	private final Clock clock;

	/** Every policy, by nature, then catch-alls first. */
	@Transactional(readOnly = true)
	public List<SlaPolicyView> all() {
		return this.policies.findAllInOrder().stream().map(SlaPolicy::view).toList();
	}

	/** One policy. */
	@Transactional(readOnly = true)
	public SlaPolicyView byId(long id) {
		return this.policies.findById(id).map(SlaPolicy::view).orElseThrow(() -> new NotFoundException("Policy"));
	}

	/** The policy that applies to a case. */
	@Transactional(readOnly = true)
	public SlaPolicyView match(Nature nature, Subject subject, int grade) {
		return this.policies.findCandidates(nature, subject, Grade.band(grade))
			.stream()
			.findFirst()
			.map(SlaPolicy::view)
			.orElseThrow(() -> new IllegalStateException("No SLA policy for " + nature));
	}

	/**
	 * Creates a policy; reports a duplicate combination on the form (also when another
	 * administrator creates the same one at the same moment: the unique key refuses it).
	 * @return the new policy's id, or {@code null} when refused
	 */
	public Long create(SlaPolicyForm form, String by, Errors errors) {
		String band = band(form);
		if (this.policies.existsFor(form.getNature(), form.getSubject(), band)) {
			errors.reject("sla.validation.duplicate");
			return null;
		}
		try {
			return this.policies
				.saveAndFlush(new SlaPolicy(form.getNature(), form.getSubject(), band, limits(form), by,
						this.clock.instant()))
				.getId();
		}
		catch (DataIntegrityViolationException ex) {
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
		SlaPolicy policy = this.policies.findForUpdate(id).orElseThrow(() -> new NotFoundException("Policy"));
		if (policy.getVersion() != form.getVersion()) {
			throw new StaleEditException("Policy " + id);
		}
		policy.changeLimits(limits(form), by, this.clock.instant());
		this.policies.flush();
	}

	/** A policy as a form. */
	@Transactional(readOnly = true)
	public SlaPolicyForm form(long id) {
		SlaPolicyView policy = byId(id);
		SlaPolicyForm form = new SlaPolicyForm();
		form.setNature(policy.nature());
		form.setSubject(policy.subject());
		form.setGradeBand(policy.gradeBand());
		form.setAllHours(policy.allHours());
		form.setFirstReplyAllHours(policy.firstReplyAllHours());
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

	private static SlaPolicy.Limits limits(SlaPolicyForm form) {
		return new SlaPolicy.Limits(form.isAllHours(), form.isFirstReplyAllHours(), form.getFirstReplyMinutes(),
				form.getResolutionMinutes(), form.getReturnVisitMinutes(), form.getTier2Minutes(),
				form.getTier3Minutes(), form.getTier4Minutes(), form.getWarningPercent());
	}

	private static String band(SlaPolicyForm form) {
		return StringUtils.hasText(form.getGradeBand()) ? form.getGradeBand() : null;
	}

}
