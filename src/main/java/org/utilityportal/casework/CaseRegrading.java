package org.utilityportal.casework;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.utilityportal.casework.internal.CaseClocks;
import org.utilityportal.casework.internal.CaseRepository;
import org.utilityportal.casework.internal.CaseRouting;
import org.utilityportal.casework.internal.ServiceCase;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Staff change the severity and impact of an open case after registration (cases raised
 * online start at the lowest grade). The new grade chooses the SLA policy as it stands
 * now, and its limits replace the case's. The running clocks keep their start (the
 * registration, the resolution's restart after a reopen, the entry into the current tier)
 * and their pauses: they are measured again against the new limits, as if the case had
 * been registered with that grade. A deadline already missed stays missed; a stricter
 * grade can put a deadline in the past, and the escalation scan then records the breach
 * and escalates within a minute. The change is written to the history with the reason and
 * published ({@link CaseRegraded}) for the people handling the case to be told.
 */
@Service
@RequiredArgsConstructor
public class CaseRegrading {

	private final CaseRepository cases;

	private final SlaPolicies policies;

	private final CaseClocks clocks;

	private final CaseRouting routing;

	private final ApplicationEventPublisher events;

	/**
	 * Checks a regrading before it is made; messages go next to the fields (severity and
	 * impact are needed, and at least one of them must change).
	 */
	@Transactional(readOnly = true)
	public void validate(String number, Integer severity, Integer impact, Errors errors) {
		if (severity == null) {
			errors.rejectValue("severity", "validation.required");
		}
		if (impact == null) {
			errors.rejectValue("impact", "validation.required");
		}
		if (severity != null && impact != null) {
			this.cases.findByNumber(number)
				.filter((c) -> c.getSeverity() == severity && c.getImpact() == impact)
				.ifPresent((c) -> errors.rejectValue("severity", "case.validation.gradeUnchanged"));
		}
	}

	/**
	 * Regrades an open case.
	 * @param version the version the person saw
	 * @param severity 1–3
	 * @param impact 1–3
	 * @param reason why, for the history
	 * @throws StaleEditException when the case changed since, is no longer open, or
	 * nothing changes
	 * @throws IllegalArgumentException when severity or impact is not 1–3
	 * @throws AccessDeniedException for customers
	 */
	@Transactional
	public void regrade(String number, long version, int severity, int impact, String reason, PortalPrincipal staff) {
		if (staff.role() == Role.CUSTOMER) {
			throw new AccessDeniedException("Staff only");
		}
		ServiceCase c = this.cases.findForUpdate(number).orElseThrow(() -> new NotFoundException("Case"));
		if (c.getVersion() != version) {
			throw new StaleEditException("Case " + number);
		}
		SlaPolicyView policy = this.policies.match(c.getNature(), c.getSubject(), severity * impact);
		String change = c.regrade(severity, impact, policy, reason, CaseIntake.actor(staff), this.clocks.now());
		this.cases.saveChanges(c);
		this.events.publishEvent(
				new CaseRegraded(c.getNumber(), c.getVersion(), c.getSummary(), change, this.routing.handlers(c)));
	}

}
