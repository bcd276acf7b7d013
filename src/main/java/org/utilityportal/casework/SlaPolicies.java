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
import org.utilityportal.casework.internal.SlaPolicyDraft;
import org.utilityportal.casework.internal.SlaPolicyDraftRepository;
import org.utilityportal.casework.internal.SlaPolicyRepository;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.web.NotFoundException;

/**
 * SLA policies per nature × subject × grade band. A new policy or new limits are a draft
 * that a second administrator puts in force (four eyes, issue 13). The most specific
 * policy wins: exact subject and band, then subject with any band, then band with any
 * subject, then the nature's catch-all. A case copies its policy's limits at
 * registration: a change applies to cases registered afterwards.
 */
@Service
@RequiredArgsConstructor
public class SlaPolicies {

	private final SlaPolicyRepository policies;

	private final SlaPolicyDraftRepository drafts;

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
	 * Writes a draft of a new policy ({@code policyId} {@code null}) or of new limits for
	 * a policy; it applies once another administrator puts it in force
	 * ({@link #publish}). Reports on the form a policy that exists already (new) or a
	 * draft already waiting for the same combination (also when written at the same
	 * moment: the unique key refuses it).
	 * @return the draft's id, or {@code null} when refused
	 * @throws StaleEditException when the policy changed since the form was opened
	 */
	@Transactional
	public Long propose(SlaPolicyForm form, Long policyId, String by, Errors errors) {
		SlaPolicyView policy = (policyId != null) ? byId(policyId) : null;
		if (policy != null && policy.version() != form.getVersion()) {
			throw new StaleEditException("Policy " + policyId);
		}
		Nature nature = (policy != null) ? policy.nature() : form.getNature();
		Subject subject = (policy != null) ? policy.subject() : form.getSubject();
		String band = (policy != null) ? policy.gradeBand() : band(form);
		if (policy == null && this.policies.existsFor(nature, subject, band)) {
			errors.reject("sla.validation.duplicate");
			return null;
		}
		if (this.drafts.waitingFor(nature, subject, band)) {
			errors.reject("sla.validation.draftWaiting");
			return null;
		}
		try {
			return this.drafts
				.saveAndFlush(
						new SlaPolicyDraft(policyId, nature, subject, band, limits(form), by, this.clock.instant()))
				.getId();
		}
		catch (DataIntegrityViolationException ex) {
			errors.reject("sla.validation.draftWaiting");
			return null;
		}
	}

	/**
	 * Saves new limits in a waiting draft; the editor is recorded and may then not put it
	 * in force.
	 * @throws StaleEditException when the draft changed since the form was opened
	 */
	@Transactional
	public void editDraft(long draftId, SlaPolicyForm form, String by) {
		SlaPolicyDraft draft = waiting(draftId, form.getVersion());
		draft.edit(limits(form), by);
		this.drafts.flush();
	}

	/**
	 * Puts a draft in force: creates the policy or changes its limits (recorded as an SLA
	 * policy change by the publisher). Refused to whoever wrote or edited it (four eyes;
	 * the table refuses it as well).
	 * @return the message key of the refusal, or {@code null} when in force
	 * @throws StaleEditException when the draft changed or was put in force meanwhile
	 */
	@Transactional
	public String publish(long draftId, long version, String by) {
		SlaPolicyDraft draft = waiting(draftId, version);
		if (draft.getPolicyId() == null
				&& this.policies.existsFor(draft.getNature(), draft.getSubject(), draft.getGradeBand())) {
			return "sla.validation.duplicate";
		}
		String refusal = draft.publish(by, this.clock.instant());
		if (refusal != null) {
			return refusal;
		}
		if (draft.getPolicyId() == null) {
			this.policies.save(new SlaPolicy(draft.getNature(), draft.getSubject(), draft.getGradeBand(),
					draft.getLimits(), by, this.clock.instant()));
		}
		else {
			this.policies.findForUpdate(draft.getPolicyId())
				.orElseThrow(() -> new NotFoundException("Policy"))
				.changeLimits(draft.getLimits(), by, this.clock.instant());
		}
		this.drafts.flush();
		return null;
	}

	/**
	 * Throws a waiting draft away.
	 * @throws StaleEditException when it changed or was put in force meanwhile
	 */
	@Transactional
	public void discard(long draftId, long version) {
		if (this.drafts.discard(draftId, version) != 1) {
			throw new StaleEditException("SLA policy draft " + draftId);
		}
	}

	/** The drafts waiting for a second administrator, oldest first. */
	@Transactional(readOnly = true)
	public List<SlaPolicyDraftView> drafts() {
		return this.drafts.findWaiting().stream().map(SlaPolicies::view).toList();
	}

	/** One waiting draft. */
	@Transactional(readOnly = true)
	public SlaPolicyDraftView draft(long draftId) {
		return this.drafts.findById(draftId)
			.filter(SlaPolicyDraft::isDraft)
			.map(SlaPolicies::view)
			.orElseThrow(() -> new NotFoundException("SLA policy draft"));
	}

	/** A waiting draft as a form. */
	@Transactional(readOnly = true)
	public SlaPolicyForm draftForm(long draftId) {
		SlaPolicyDraftView draft = draft(draftId);
		SlaPolicyForm form = form(draft.limits());
		form.setVersion(draft.version());
		return form;
	}

	/**
	 * Saves new limits at once, without a second administrator: for tests and data set-up
	 * only; administrators go through {@link #propose} and {@link #publish}.
	 */
	@Transactional
	void update(long id, SlaPolicyForm form, String by) {
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
		return form(byId(id));
	}

	private static SlaPolicyForm form(SlaPolicyView policy) {
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

	private SlaPolicyDraft waiting(long draftId, long version) {
		SlaPolicyDraft draft = this.drafts.findById(draftId)
			.orElseThrow(() -> new NotFoundException("SLA policy draft"));
		if (!draft.isDraft() || draft.getVersion() != version) {
			throw new StaleEditException("SLA policy draft " + draftId);
		}
		return draft;
	}

	private static SlaPolicyDraftView view(SlaPolicyDraft draft) {
		SlaPolicy.Limits limits = draft.getLimits();
		SlaPolicyView proposed = new SlaPolicyView((draft.getPolicyId() != null) ? draft.getPolicyId() : 0,
				draft.getNature(), draft.getSubject(), draft.getGradeBand(), limits.allHours(),
				limits.firstReplyAllHours(), limits.firstReplyMinutes(), limits.resolutionMinutes(),
				limits.returnVisitMinutes(), limits.tier2Minutes(), limits.tier3Minutes(), limits.tier4Minutes(),
				limits.warningPercent(), draft.getVersion());
		return new SlaPolicyDraftView(draft.getId(), draft.getPolicyId(), draft.getNature(), draft.getSubject(),
				draft.getGradeBand(), proposed, draft.getWrittenBy(), draft.getWrittenAt(),
				List.copyOf(draft.getEditors()), draft.getVersion());
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
