package org.utilityportal.casework.internal;

import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.identity.StaffPlacement;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Who may record a return visit by phone (issue 13): never the case's owner nor whoever
 * gave its final reply, and, by default, only a member of the quality team: staff of the
 * units whose codes {@code portal.casework.return-visits.quality-units} names (default
 * {@code QUALITY}) or of units below them.
 * {@code portal.casework.return-visits.by=OTHER_STAFF} lets any other clerk or supervisor
 * record them instead.
 */
@Component
@RequiredArgsConstructor
public class ReturnVisitRule {

	private final OrgUnits orgUnits;

	@Value("${portal.casework.return-visits.by:QUALITY_TEAM}")
	private Recorders recorders = Recorders.QUALITY_TEAM;

	@Value("${portal.casework.return-visits.quality-units:QUALITY}")
	private Set<String> qualityUnits = Set.of("QUALITY");

	/**
	 * Why a member of staff may not record the return visit of this case: a message key,
	 * or empty when they may.
	 */
	public Optional<String> refusal(ServiceCase c, PortalPrincipal staff) {
		boolean owner = c.getOwnerId() != null && c.getOwnerId() == staff.userId();
		if (owner || staff.username().equals(c.resolvedBy())) {
			return Optional.of("case.visit.refused.ownCase");
		}
		if (this.recorders == Recorders.QUALITY_TEAM && !inQualityTeam(staff)) {
			return Optional.of("case.visit.refused.qualityTeam");
		}
		return Optional.empty();
	}

	private boolean inQualityTeam(PortalPrincipal staff) {
		Long unit = this.orgUnits.staff(staff.userId()).map(StaffPlacement::orgUnitId).orElse(null);
		return this.orgUnits.chain(unit).stream().map(OrgUnit::code).anyMatch(this.qualityUnits::contains);
	}

	/** Who records return visits besides the customer online. */
	public enum Recorders {

		/** Members of the quality team only. */
		QUALITY_TEAM,
		/** Any clerk or supervisor who neither owns nor resolved the case. */
		OTHER_STAFF

	}

}
