package org.utilityportal.quality;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.StaffMember;
import org.utilityportal.quality.internal.Inspection;
import org.utilityportal.quality.internal.InspectionRepository;
import org.utilityportal.quality.internal.QualityPeople;
import org.utilityportal.quality.internal.QualityQueries;
import org.utilityportal.quality.internal.ScorecardRepository;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Inspections: opened by a supervisor on what was sampled ({@link InspectionTargets}),
 * scored by them on the card in use, seen by the person inspected, contested once and
 * settled by another supervisor. Nobody inspects themselves or reviews a contest of an
 * inspection they made or underwent (the entity and a database check refuse it). The
 * person learns of the result ({@link InspectionScored}), the unit's supervisors of a
 * contest ({@link InspectionContested}).
 */
@Service
@RequiredArgsConstructor
public class Inspections {

	private final InspectionRepository inspections;

	private final ScorecardRepository cards;

	private final InspectionTargets targets;

	private final CorrectiveActions actions;

	private final QualityQueries queries;

	private final QualityPeople people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Opens an inspection of what the form names or samples; problems go to the form's
	 * fields (nothing to draw, an unknown case, one's own work).
	 * @return the inspection's id, empty when refused
	 */
	@Transactional
	public Optional<Long> open(InspectionForm form, PortalPrincipal inspector, Errors errors) {
		Optional<Inspection.Target> target = this.targets.resolve(form, inspector, errors);
		if (target.isEmpty() || errors.hasErrors()) {
			return Optional.empty();
		}
		var card = this.cards.findByKindAndStatus(form.getKind(), ScorecardStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("Scorecard " + form.getKind()));
		Inspection inspection = this.inspections.saveAndFlush(new Inspection(form.getKind(), form.getSampling(), card,
				target.get(), inspector.userId(), this.clock.instant()));
		return Optional.of(inspection.getId());
	}

	/**
	 * Checks a form's item scores against the inspection's card: every item scored, from
	 * 0 up to its points, in halves; messages next to each item.
	 */
	@Transactional(readOnly = true)
	public void validateScores(long id, ScoreForm form, Errors errors) {
		Inspection inspection = this.inspections.findById(id).orElseThrow(() -> new NotFoundException("Inspection"));
		for (var item : inspection.getScorecard().getItems()) {
			java.math.BigDecimal score = form.getScores().get(item.code());
			if (score == null || score.signum() < 0 || score.compareTo(java.math.BigDecimal.valueOf(item.points())) > 0
					|| score.multiply(java.math.BigDecimal.TWO).stripTrailingZeros().scale() > 0) {
				errors.rejectValue("scores[" + item.code() + "]", "quality.validation.score",
						new Object[] { item.points() }, null);
			}
		}
	}

	/**
	 * Scores an open inspection (its inspector only); the person inspected is told.
	 * @throws IllegalArgumentException when an item's score is missing or out of range
	 * @throws StaleEditException when it changed since the form was opened
	 */
	@Transactional
	public void score(long id, ScoreForm form, PortalPrincipal inspector) {
		Inspection inspection = load(id, form.getVersion());
		inspection.score(form.getScores(), blankToNull(form.getFindings()), inspector.userId(), this.clock.instant());
		this.inspections.flush();
		this.events.publishEvent(new InspectionScored(id, inspection.getStatus(), inspection.getPercent(),
				Set.of(inspection.getInspectedId())));
	}

	/**
	 * The person inspected contests the result, once; the supervisors of their unit (not
	 * the inspector) are asked to review it.
	 * @throws StaleEditException when it is not theirs, not scored, or contested already
	 */
	@Transactional
	public void contest(long id, ContestForm form, PortalPrincipal person) {
		Inspection inspection = load(id, form.getVersion());
		inspection.contest(form.getReason().strip(), person.userId(), this.clock.instant());
		this.inspections.flush();
		Set<Long> reviewers = new HashSet<>(this.people.leadsOf(inspection.getUnitId()));
		reviewers.remove(inspection.getInspectorId());
		reviewers.remove(inspection.getInspectedId());
		this.events.publishEvent(new InspectionContested(id, person.displayName(), reviewers));
	}

	/**
	 * Settles a contest (a supervisor who neither made nor underwent the inspection):
	 * upholds the score or revises the items' scores; both people are told.
	 */
	@Transactional
	public void review(long id, ScoreForm form, PortalPrincipal supervisor) {
		Inspection inspection = load(id, form.getVersion());
		inspection.review(form.isRevise() ? form.getScores() : null, blankToNull(form.getNote()), supervisor.userId(),
				this.clock.instant());
		this.inspections.flush();
		this.events.publishEvent(new InspectionScored(id, inspection.getStatus(), inspection.getPercent(),
				Set.of(inspection.getInspectedId(), inspection.getInspectorId())));
	}

	/**
	 * One inspection: supervisors see every one; anyone else only their own, once scored
	 * (else "not found").
	 */
	@Transactional(readOnly = true)
	public InspectionView view(long id, PortalPrincipal principal) {
		Inspection i = this.inspections.findById(id).orElseThrow(() -> new NotFoundException("Inspection"));
		if (principal.role() != Role.SUPERVISOR
				&& (i.getInspectedId() != principal.userId() || i.getStatus() == InspectionStatus.OPEN)) {
			throw new NotFoundException("Inspection");
		}
		List<Long> ids = new java.util.ArrayList<>(List.of(i.getInspectedId(), i.getInspectorId()));
		if (i.getReviewerId() != null) {
			ids.add(i.getReviewerId());
		}
		Map<Long, StaffMember> names = this.people.names(ids);
		OrgUnit unit = this.people.units().get(i.getUnitId());
		return new InspectionView(i.getId(), i.getKind(), i.getSampling(), Scorecards.view(i.getScorecard()),
				i.getInspectedId(), QualityPeople.label(names, i.getInspectedId()),
				(unit != null) ? unit.nameZh() : null, i.getInspectorId(),
				QualityPeople.label(names, i.getInspectorId()), i.getCaseNumber(), i.getSubject(), i.getOccurredAt(),
				i.getStatus(), i.getPercent(), i.getScores(), i.getFindings(), i.getScoredAt(), i.getContestReason(),
				i.getContestedAt(), (i.getReviewerId() != null) ? QualityPeople.label(names, i.getReviewerId()) : null,
				i.getReviewNote(), i.getReviewedAt(), i.getVersion(), this.actions.fromInspection(id));
	}

	/** The newest inspections (of a unit, or all). */
	@Transactional(readOnly = true)
	public List<InspectionRow> recent(Long unitId) {
		return rows(this.queries.inspections(unitId, 200));
	}

	/** A person's scored inspections, newest first. */
	@Transactional(readOnly = true)
	public List<InspectionRow> mine(long userId) {
		return rows(this.queries.inspectionsOf(userId, 200));
	}

	private List<InspectionRow> rows(List<QualityQueries.InspectionLine> lines) {
		Map<Long, StaffMember> names = this.people.names(lines.stream().map((l) -> l.inspectedId()).toList());
		Map<Long, OrgUnit> units = this.people.units();
		return lines.stream()
			.map((l) -> new InspectionRow(l.id(), l.kind(), QualityPeople.label(names, l.inspectedId()),
					units.containsKey(l.unitId()) ? units.get(l.unitId()).nameZh() : null, l.subject(), l.status(),
					l.percent(), l.createdAt()))
			.toList();
	}

	private Inspection load(long id, long version) {
		Inspection inspection = this.inspections.findForUpdate(id)
			.orElseThrow(() -> new NotFoundException("Inspection"));
		if (inspection.getVersion() != version) {
			throw new StaleEditException("Inspection " + id);
		}
		return inspection;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
