package org.utilityportal.quality;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.utilityportal.casework.CaseSamples;
import org.utilityportal.identity.StaffPlacement;
import org.utilityportal.quality.internal.Inspection;
import org.utilityportal.quality.internal.QualityPeople;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;

/**
 * What an inspection concerns, as its form samples it: a call, counter visit or floor
 * walk of a chosen person or of one drawn at random from a unit's counter staff; a closed
 * case chosen by number, or drawn from a unit's cases of the last 30 days at random or by
 * rule (late, or rated 3 or less), whose inspected person is the one its resolution
 * counted for. The people inspected are front-line (counter and hotline) staff, never the
 * inspector. Problems go next to the form's fields.
 */
@Component
@RequiredArgsConstructor
class InspectionTargets {

	private final CaseSamples samples;

	private final QualityPeople people;

	private final Clock clock;

	Optional<Inspection.Target> resolve(InspectionForm form, PortalPrincipal inspector, Errors errors) {
		return (form.getKind() == InspectionKind.CASE_REVIEW) ? caseReview(form, inspector, errors)
				: personal(form, inspector, errors);
	}

	private Optional<Inspection.Target> caseReview(InspectionForm form, PortalPrincipal inspector, Errors errors) {
		Optional<CaseSamples.ClosedCase> found;
		String field;
		if (form.getSampling() == Sampling.CHOSEN) {
			field = "caseNumber";
			if (!StringUtils.hasText(form.getCaseNumber())) {
				errors.rejectValue(field, "validation.required");
				return Optional.empty();
			}
			found = this.samples.closed(form.getCaseNumber().strip().toUpperCase(java.util.Locale.ROOT));
		}
		else {
			field = "unitId";
			if (form.getUnitId() == null) {
				errors.rejectValue(field, "validation.required");
				return Optional.empty();
			}
			found = this.samples.draw(form.getUnitId(), form.getSampling() == Sampling.RULE);
		}
		if (found.isEmpty()) {
			errors.rejectValue(field, (form.getSampling() == Sampling.CHOSEN) ? "quality.validation.noClosedCase"
					: "quality.validation.nothingToDraw");
			return Optional.empty();
		}
		CaseSamples.ClosedCase closed = found.get();
		if (closed.personId() == null || closed.personId() == inspector.userId()) {
			errors.rejectValue(field, (closed.personId() == null) ? "quality.validation.caseWithoutPerson"
					: "quality.validation.ownWork");
			return Optional.empty();
		}
		if (this.people.placement(closed.personId()).filter((p) -> p.role() == Role.COUNTER).isEmpty()) {
			errors.rejectValue(field, "quality.validation.notFrontLine");
			return Optional.empty();
		}
		return Optional.of(new Inspection.Target(closed.personId(), closed.unitId(), closed.number(), closed.number(),
				closed.closedAt()));
	}

	private Optional<Inspection.Target> personal(InspectionForm form, PortalPrincipal inspector, Errors errors) {
		if (form.getSampling() == Sampling.RULE) {
			errors.rejectValue("sampling", "quality.validation.ruleForCases");
		}
		if (!StringUtils.hasText(form.getSubject())) {
			errors.rejectValue("subject", "validation.required");
		}
		Instant occurred = (form.getOccurredAt() != null)
				? form.getOccurredAt().atZone(this.clock.getZone()).toInstant() : null;
		if (occurred == null) {
			errors.rejectValue("occurredAt", "validation.required");
		}
		else if (occurred.isAfter(this.clock.instant().plusSeconds(300))) {
			errors.rejectValue("occurredAt", "validation.notInFuture");
		}
		Optional<StaffPlacement> person = (form.getSampling() == Sampling.RANDOM) ? drawn(form, inspector, errors)
				: chosen(form, inspector, errors);
		if (errors.hasErrors() || person.isEmpty()) {
			return Optional.empty();
		}
		long unit = (person.get().orgUnitId() != null) ? person.get().orgUnitId()
				: (form.getUnitId() != null) ? form.getUnitId() : 0L;
		return Optional.of(new Inspection.Target(person.get().id(), unit, null, form.getSubject().strip(), occurred));
	}

	private Optional<StaffPlacement> chosen(InspectionForm form, PortalPrincipal inspector, Errors errors) {
		if (form.getPersonId() == null) {
			errors.rejectValue("personId", "validation.required");
			return Optional.empty();
		}
		if (form.getPersonId() == inspector.userId()) {
			errors.rejectValue("personId", "quality.validation.ownWork");
			return Optional.empty();
		}
		Optional<StaffPlacement> person = this.people.placement(form.getPersonId());
		if (person.isEmpty()) {
			errors.rejectValue("personId", "quality.validation.unknownPerson");
		}
		else if (person.get().role() != Role.COUNTER) {
			errors.rejectValue("personId", "quality.validation.notFrontLine");
			return Optional.empty();
		}
		return person;
	}

	private Optional<StaffPlacement> drawn(InspectionForm form, PortalPrincipal inspector, Errors errors) {
		if (form.getUnitId() == null) {
			errors.rejectValue("unitId", "validation.required");
			return Optional.empty();
		}
		List<StaffPlacement> staff = this.people.counterStaffOf(form.getUnitId())
			.stream()
			.filter((p) -> p.id() != inspector.userId())
			.toList();
		if (staff.isEmpty()) {
			errors.rejectValue("unitId", "quality.validation.nothingToDraw");
			return Optional.empty();
		}
		return Optional.of(staff.get(ThreadLocalRandom.current().nextInt(staff.size())));
	}

}
