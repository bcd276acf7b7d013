package org.utilityportal.security;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.validation.BeanPropertyBindingResult;
import org.utilityportal.campaign.CampaignForm;
import org.utilityportal.campaign.CampaignPhase;
import org.utilityportal.campaign.Campaigns;
import org.utilityportal.campaign.EvaluationForm;
import org.utilityportal.campaign.PublishForm;
import org.utilityportal.quality.ActionForm;
import org.utilityportal.quality.ContestForm;
import org.utilityportal.quality.CorrectiveActions;
import org.utilityportal.quality.InspectionForm;
import org.utilityportal.quality.InspectionKind;
import org.utilityportal.quality.Inspections;
import org.utilityportal.quality.ProgressForm;
import org.utilityportal.quality.Sampling;
import org.utilityportal.quality.ScoreForm;
import org.utilityportal.quality.ScorecardView;
import org.utilityportal.quality.Scorecards;
import org.utilityportal.support.PortalPages.Visitor;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The free-text fields of service-quality work: an inspection's subject and findings, the
 * clerk's contest and the second supervisor's review, a corrective action's title,
 * finding, diagnosis and plan, and a 行风评议 campaign's titles, task, external evaluation
 * and published summary (on the public pages too), and, written by an administrator, a
 * scorecard draft's names and items. The clerk inspected is one of the payloads' own
 * ({@link AdminTextPayloads#clerk()}), so no demo clerk's appraisal changes.
 */
class QualityTextPayloads extends TextPayloads {

	private final Clock clock;

	private final TestPrincipal clerk;

	private final TestPrincipal supervisor;

	QualityTextPayloads(ApplicationContext context, TestPrincipal clerk) {
		super(context);
		this.clock = context.getBean(Clock.class);
		this.clerk = clerk;
		this.supervisor = TestPrincipal.of(this.jdbc, "supervisor1");
	}

	@Override
	Map<Visitor, List<String>> store() {
		long inspection = inspection();
		long action = bean(CorrectiveActions.class).raise(action(), inspection, null, this.supervisor);
		ProgressForm progress = new ProgressForm();
		progress.setDiagnosis(PAYLOAD);
		progress.setPlan(PAYLOAD);
		progress.setVersion(version("quality_action", action));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(progress, "form");
		bean(CorrectiveActions.class).progress(action, progress, this.clerk, errors);
		assertThat(errors.getAllErrors()).as("the progress is recorded").isEmpty();
		shownTo(Visitor.SUPERVISOR, "/supervisor/inspections/" + inspection, "/supervisor/actions/" + action);
		campaign();
		scorecardDraft();
		return pages();
	}

	/**
	 * The next case-review scorecard as a draft (administrators write scorecards; no
	 * other test drafts this kind), its names and items' texts payloads.
	 */
	private void scorecardDraft() {
		Scorecards scorecards = bean(Scorecards.class);
		List<ScorecardView.Item> items = scorecards.inUse(InspectionKind.CASE_REVIEW)
			.items()
			.stream()
			.map((item) -> new ScorecardView.Item(item.groupCode(), item.code(), PAYLOAD, PAYLOAD, item.points()))
			.toList();
		scorecards.saveDraft(InspectionKind.CASE_REVIEW, PAYLOAD, PAYLOAD, items,
				TestPrincipal.of(this.jdbc, "admin1"));
		shownTo(Visitor.ADMIN, "/admin/scorecards", "/admin/scorecards/CASE_REVIEW/draft");
	}

	/** A mystery call on the clerk: scored, contested, reviewed. */
	private long inspection() {
		Inspections inspections = bean(Inspections.class);
		InspectionForm form = new InspectionForm();
		form.setKind(InspectionKind.CALL);
		form.setSampling(Sampling.CHOSEN);
		form.setPersonId(this.clerk.userId());
		form.setSubject(PAYLOAD);
		form.setOccurredAt(LocalDateTime.now(this.clock).minusHours(1));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		java.util.Optional<Long> opened = inspections.open(form, this.supervisor, errors);
		assertThat(errors.getAllErrors()).as("the inspection form is valid").isEmpty();
		long id = opened.orElseThrow();
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		bean(Scorecards.class).inUse(InspectionKind.CALL)
			.items()
			.forEach((item) -> scores.put(item.code(), BigDecimal.valueOf(item.points())));
		ScoreForm score = new ScoreForm();
		score.setScores(scores);
		score.setFindings(PAYLOAD);
		score.setVersion(version("quality_inspection", id));
		inspections.score(id, score, this.supervisor);
		ContestForm contest = new ContestForm();
		contest.setReason(PAYLOAD);
		contest.setVersion(version("quality_inspection", id));
		inspections.contest(id, contest, this.clerk);
		ScoreForm review = new ScoreForm();
		review.setScores(scores);
		review.setNote(PAYLOAD);
		review.setVersion(version("quality_inspection", id));
		inspections.review(id, review, TestPrincipal.of(this.jdbc, "supervisor2"));
		return id;
	}

	private ActionForm action() {
		ActionForm form = new ActionForm();
		form.setTitle(PAYLOAD);
		form.setFinding(PAYLOAD);
		form.setOwnerId(this.clerk.userId());
		form.setDueOn(LocalDate.now(this.clock).plusDays(14));
		return form;
	}

	private void campaign() {
		Campaigns campaigns = bean(Campaigns.class);
		CampaignForm form = CampaignForm.startingOn(LocalDate.now(this.clock).minusMonths(2));
		form.setTitleZh(PAYLOAD);
		form.setTitleEn(PAYLOAD);
		valid(form, (errors) -> campaigns.validate(form, errors));
		long id = campaigns.create(form, this.supervisor);
		campaigns.addTask(id, CampaignPhase.values()[0], PAYLOAD);
		EvaluationForm evaluation = new EvaluationForm();
		evaluation.setEvaluator(PAYLOAD);
		evaluation.setOrganisation(PAYLOAD);
		evaluation.setScore(new BigDecimal("88.5"));
		evaluation.setRemark(PAYLOAD);
		campaigns.recordEvaluation(id, evaluation, this.supervisor);
		campaigns.raiseRectification(id, action(), this.supervisor);
		PublishForm publish = new PublishForm();
		publish.setSummaryZh(PAYLOAD);
		publish.setSummaryEn(PAYLOAD);
		publish.setVersion(version("campaign", id));
		campaigns.publish(id, publish, this.supervisor);
		shownTo(Visitor.SUPERVISOR, "/supervisor/campaigns/" + id);
		shownTo(Visitor.ANONYMOUS, "/public/campaigns/" + id);
	}

}
