package org.utilityportal.casework;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.utilityportal.casework.internal.CaseClocks;
import org.utilityportal.casework.internal.CaseHistory;
import org.utilityportal.casework.internal.CaseRepository;
import org.utilityportal.casework.internal.CaseRouting;
import org.utilityportal.casework.internal.ServiceCase;
import org.utilityportal.notification.Notifications;
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
 * the people handling the case are told.
 */
@Service
@RequiredArgsConstructor
public class CaseRegrading {

	private final CaseRepository cases;

	private final SlaPolicies policies;

	private final CaseClocks clocks;

	private final CaseHistory history;

	private final CaseRouting routing;

	private final Notifications notifications;

	private final Clock clock;

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
	 * @throws AccessDeniedException for customers
	 */
	@Transactional
	public void regrade(String number, long version, int severity, int impact, String reason, PortalPrincipal staff) {
		if (staff.role() == Role.CUSTOMER) {
			throw new AccessDeniedException("Staff only");
		}
		if (severity < 1 || severity > 3 || impact < 1 || impact > 3) {
			throw new IllegalArgumentException("Severity and impact are 1-3");
		}
		ServiceCase c = this.cases.findByNumber(number).orElseThrow(() -> new NotFoundException("Case"));
		if (c.getVersion() != version || !c.getStatus().isOpen()
				|| (c.getSeverity() == severity && c.getImpact() == impact)) {
			throw new StaleEditException("Case " + number);
		}
		String before = gradeText(c.getSeverity(), c.getImpact());
		c.setSeverity(severity);
		c.setImpact(impact);
		c.applyPolicy(this.policies.match(c.getNature(), c.getSubject(), c.gradeValue()));
		String change = before + " → " + gradeText(severity, impact);
		this.history.record(c.getId(), this.clock.instant(), EventKind.REGRADED, CaseIntake.actor(staff), false, change,
				(reason != null) ? reason.strip() : null);
		this.clocks.refresh(c, new HashMap<>());
		this.cases.saveAndFlush(c);
		this.notifications.send(this.routing.handlers(c), "case.notice.regraded",
				List.of(c.getNumber(), change, c.getSummary()), "/cases/" + c.getNumber(), null);
	}

	/** "2×3=6 A": severity × impact = grade and its band. */
	static String gradeText(int severity, int impact) {
		int grade = severity * impact;
		return severity + "×" + impact + "=" + grade + " " + Grade.band(grade);
	}

}
