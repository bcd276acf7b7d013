package org.utilityportal.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.StaffMember;
import org.utilityportal.identity.StaffPlacement;
import org.utilityportal.quality.internal.CorrectiveAction;
import org.utilityportal.quality.internal.CorrectiveActionRepository;
import org.utilityportal.quality.internal.QualityPeople;
import org.utilityportal.quality.internal.QualityQueries;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Corrective actions: raised from a finding (an inspection or a campaign's rectification
 * item) by a supervisor, given to an owner with a due day; the owner diagnoses and plans,
 * then carries it out with the evidence. Overdue ones go up a tier
 * ({@link ActionOverdueScan}). A register per unit lists them, open ones first by due
 * day. The owner learns of a new action through {@link CorrectiveActionRaised}.
 */
@Service
@RequiredArgsConstructor
public class CorrectiveActions {

	private final CorrectiveActionRepository actions;

	private final QualityQueries queries;

	private final QualityPeople people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Checks the owner and the due day; messages go next to the fields. */
	@Transactional(readOnly = true)
	public void validate(ActionForm form, Errors errors) {
		if (form.getOwnerId() != null && this.people.placement(form.getOwnerId()).isEmpty()) {
			errors.rejectValue("ownerId", "quality.validation.unknownPerson");
		}
		if (form.getDueOn() != null && form.getDueOn().isBefore(LocalDate.now(this.clock))) {
			errors.rejectValue("dueOn", "quality.validation.duePast");
		}
	}

	/**
	 * Raises an action (supervisors) from an inspection or for a campaign; it goes to the
	 * register of its owner's unit.
	 * @return its id
	 */
	@Transactional
	public long raise(ActionForm form, Long inspectionId, Long campaignId, PortalPrincipal supervisor) {
		StaffPlacement owner = this.people.placement(form.getOwnerId())
			.orElseThrow(() -> new NotFoundException("Staff member"));
		long unit = (owner.orgUnitId() != null) ? owner.orgUnitId() : 0L;
		CorrectiveAction action = this.actions.saveAndFlush(
				new CorrectiveAction(
						new CorrectiveAction.Raise(inspectionId, campaignId, unit, owner.id(), form.getTitle().strip(),
								form.getFinding().strip(), form.getDueOn()),
						supervisor.username(), this.clock.instant()));
		this.events
			.publishEvent(new CorrectiveActionRaised(action.getId(), owner.id(), action.getTitle(), action.getDueOn()));
		return action.getId();
	}

	/**
	 * The owner's progress: the diagnosis and plan, or the evidence; only the owner.
	 * Missing texts go next to the fields.
	 * @throws StaleEditException when the action changed since, or the step does not fit
	 */
	@Transactional
	public void progress(long id, ProgressForm form, PortalPrincipal owner, Errors errors) {
		CorrectiveAction action = this.actions.findForUpdate(id).orElseThrow(() -> new NotFoundException("Action"));
		if (action.getOwnerId() != owner.userId()) {
			throw new NotFoundException("Action");
		}
		if (action.getVersion() != form.getVersion()) {
			throw new StaleEditException("Corrective action " + id);
		}
		if ("COMPLETE".equals(form.getStep())) {
			require(form.getEvidence(), "evidence", errors);
			if (!errors.hasErrors()) {
				action.complete(form.getEvidence().strip(), this.clock.instant());
			}
		}
		else {
			require(form.getDiagnosis(), "diagnosis", errors);
			require(form.getPlan(), "plan", errors);
			if (!errors.hasErrors()) {
				action.plan(form.getDiagnosis().strip(), form.getPlan().strip());
			}
		}
		this.actions.flush();
	}

	/**
	 * One action: supervisors see every one, anyone else only those they own (else "not
	 * found").
	 */
	@Transactional(readOnly = true)
	public ActionView view(long id, PortalPrincipal principal) {
		ActionView view = views(List.of(id)).stream().findFirst().orElseThrow(() -> new NotFoundException("Action"));
		if (principal.role() != Role.SUPERVISOR && view.ownerId() != principal.userId()) {
			throw new NotFoundException("Action");
		}
		return view;
	}

	/** A unit's register (all units: {@code null}), open ones first by due day. */
	@Transactional(readOnly = true)
	public List<ActionView> register(Long unitId, boolean openOnly) {
		return views(this.queries.actionsOfUnit(unitId, openOnly, 500));
	}

	/** A person's actions, open ones first by due day. */
	@Transactional(readOnly = true)
	public List<ActionView> ownedBy(long userId) {
		return views(this.queries.actionsOwnedBy(userId, 200));
	}

	/** The actions raised from an inspection. */
	@Transactional(readOnly = true)
	public List<ActionView> fromInspection(long inspectionId) {
		return views(this.queries.actionsFrom(inspectionId, null));
	}

	/** The actions raised for a campaign (its rectification items). */
	@Transactional(readOnly = true)
	public List<ActionView> ofCampaign(long campaignId) {
		return views(this.queries.actionsFrom(null, campaignId));
	}

	private List<ActionView> views(List<Long> ids) {
		List<CorrectiveAction> found = this.actions.findAllById(ids);
		Map<Long, StaffMember> names = this.people.names(found.stream().map(CorrectiveAction::getOwnerId).toList());
		Map<Long, OrgUnit> units = this.people.units();
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, CorrectiveAction> byId = new java.util.HashMap<>();
		found.forEach((a) -> byId.put(a.getId(), a));
		return ids.stream().filter(byId::containsKey).map(byId::get).map((a) -> {
			OrgUnit unit = units.get(a.getUnitId());
			return new ActionView(a.getId(), a.getInspectionId(), a.getCampaignId(), a.getUnitId(),
					(unit != null) ? unit.nameZh() : null, a.getOwnerId(), QualityPeople.label(names, a.getOwnerId()),
					a.getTitle(), a.getFinding(), a.getDiagnosis(), a.getPlan(), a.getEvidence(), a.getStatus(),
					a.getDueOn(), a.getTier(), a.getRaisedBy(), a.getRaisedAt(), a.getDoneAt(),
					a.getStatus() != ActionStatus.DONE && today.isAfter(a.getDueOn()), a.getVersion());
		}).toList();
	}

	private static void require(String text, String field, Errors errors) {
		if (!StringUtils.hasText(text)) {
			errors.rejectValue(field, "validation.required");
		}
	}

}
