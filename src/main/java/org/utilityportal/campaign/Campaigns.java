package org.utilityportal.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.utilityportal.campaign.internal.Campaign;
import org.utilityportal.campaign.internal.CampaignRecordsWriter;
import org.utilityportal.campaign.internal.CampaignReport;
import org.utilityportal.campaign.internal.CampaignRepository;
import org.utilityportal.campaign.internal.PhaseDates;
import org.utilityportal.quality.ActionForm;
import org.utilityportal.quality.CorrectiveActions;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;

/**
 * 行风评议 campaigns, run by supervisors: created with their five phases, tasks added and
 * done, returned questionnaires and evaluators' scores recorded, rectification items
 * raised as corrective actions, and the result published with a summary, after which the
 * campaign is closed and anyone can read it on the public site. Every recording locks the
 * campaign and is refused once it is published.
 */
@Service
@RequiredArgsConstructor
public class Campaigns {

	private final CampaignRepository campaigns;

	private final CampaignRecordsWriter records;

	private final CampaignReport report;

	private final CorrectiveActions actions;

	private final Clock clock;

	/** Checks the phases: all five, each starting no earlier than the one before. */
	public void validate(CampaignForm form, Errors errors) {
		List<CampaignForm.Phase> phases = form.getPhases();
		for (int i = 0; i < phases.size(); i++) {
			CampaignForm.Phase phase = phases.get(i);
			if (phase.getStartsOn() != null && phase.getEndsOn() != null
					&& phase.getEndsOn().isBefore(phase.getStartsOn())) {
				errors.rejectValue("phases[" + i + "].endsOn", "campaign.validation.endsBeforeStart");
			}
			if (i > 0 && phase.getStartsOn() != null && phases.get(i - 1).getStartsOn() != null
					&& phase.getStartsOn().isBefore(phases.get(i - 1).getStartsOn())) {
				errors.rejectValue("phases[" + i + "].startsOn", "campaign.validation.order");
			}
		}
		if (phases.stream().map(CampaignForm.Phase::getPhase).distinct().count() != CampaignPhase.values().length
				|| phases.size() != CampaignPhase.values().length) {
			errors.reject("campaign.validation.phases");
		}
	}

	/** Creates a campaign; its id. */
	@Transactional
	public long create(CampaignForm form, PortalPrincipal supervisor) {
		List<PhaseDates> phases = form.getPhases()
			.stream()
			.map((p) -> new PhaseDates(p.getPhase(), p.getStartsOn(), p.getEndsOn()))
			.toList();
		return this.campaigns
			.saveAndFlush(new Campaign(form.getTitleZh().strip(), form.getTitleEn().strip(), phases,
					supervisor.username(), this.clock.instant()))
			.getId();
	}

	/** Adds a task to a phase. */
	@Transactional
	public void addTask(long id, CampaignPhase phase, String title) {
		locked(id).addTask(phase, title.strip());
		this.campaigns.flush();
	}

	/** Marks a task done. */
	@Transactional
	public void completeTask(long id, long taskId, PortalPrincipal supervisor) {
		locked(id).completeTask(taskId, supervisor.username(), this.clock.instant());
		this.campaigns.flush();
	}

	/** Records a returned questionnaire. */
	@Transactional
	public void recordResponse(long id, ResponseForm form, PortalPrincipal supervisor) {
		locked(id).requireOpen("record a questionnaire");
		this.records.response(id, form.getRespondent(), form.ratings(), supervisor.username(), this.clock.instant());
	}

	/** Records an external evaluator's score. */
	@Transactional
	public void recordEvaluation(long id, EvaluationForm form, PortalPrincipal supervisor) {
		locked(id).requireOpen("record a score");
		this.records.evaluation(id, form.getEvaluator().strip(), form.getOrganisation().strip(), form.getScore(),
				(form.getRemark() != null && !form.getRemark().isBlank()) ? form.getRemark().strip() : null,
				supervisor.username(), this.clock.instant());
	}

	/** Raises a rectification item: a corrective action of the campaign. */
	@Transactional
	public long raiseRectification(long id, ActionForm form, PortalPrincipal supervisor) {
		locked(id).requireOpen("raise a rectification item");
		return this.actions.raise(form, null, id, supervisor);
	}

	/**
	 * Publishes the result with its summary; the campaign is closed.
	 * @throws StaleEditException when it changed since the page was opened, or is
	 * published already
	 */
	@Transactional
	public void publish(long id, PublishForm form, PortalPrincipal supervisor) {
		Campaign campaign = locked(id);
		if (campaign.getVersion() != form.getVersion()) {
			throw new StaleEditException("Campaign " + id);
		}
		campaign.publish(form.getSummaryZh().strip(), form.getSummaryEn().strip(), supervisor.username(),
				this.clock.instant());
		this.campaigns.flush();
	}

	/** One campaign (staff). */
	@Transactional(readOnly = true)
	public CampaignView view(long id) {
		return view(this.campaigns.findById(id).orElseThrow(() -> new NotFoundException("Campaign")));
	}

	/** One published campaign (anyone; a campaign not published is "not found"). */
	@Transactional(readOnly = true)
	public CampaignView published(long id) {
		Campaign campaign = this.campaigns.findById(id)
			.filter(Campaign::isPublished)
			.orElseThrow(() -> new NotFoundException("Campaign"));
		return view(campaign);
	}

	/** Every campaign, newest first (staff). */
	@Transactional(readOnly = true)
	public List<CampaignView> all() {
		return this.campaigns.findAllByOrderByCreatedAtDesc().stream().map(this::summaryView).toList();
	}

	/** The published campaigns, latest first. */
	@Transactional(readOnly = true)
	public List<CampaignView> allPublished() {
		return this.campaigns.findByPublishedAtNotNullOrderByPublishedAtDesc().stream().map(this::summaryView).toList();
	}

	private Campaign locked(long id) {
		return this.campaigns.findForUpdate(id).orElseThrow(() -> new NotFoundException("Campaign"));
	}

	private CampaignView view(Campaign c) {
		return view(c, this.report.result(c.getId()), this.actions.ofCampaign(c.getId()));
	}

	private CampaignView summaryView(Campaign c) {
		return view(c, null, List.of());
	}

	private CampaignView view(Campaign c, CampaignResult result, List<org.utilityportal.quality.ActionView> items) {
		LocalDate today = LocalDate.now(this.clock);
		return new CampaignView(c.getId(), c.getTitleZh(), c.getTitleEn(),
				c.getPhases()
					.stream()
					.map((p) -> new CampaignView.Phase(p.phase(), p.startsOn(), p.endsOn(), p.contains(today)))
					.toList(),
				c.getTasks()
					.stream()
					.map((t) -> new CampaignView.Task(t.getId(), t.getPhase(), t.getTitle(), t.getDoneAt(),
							t.getDoneBy()))
					.toList(),
				result, items, c.getSummaryZh(), c.getSummaryEn(), c.getPublishedAt(), c.getVersion());
	}

}
