package org.utilityportal.quality.web;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.identity.StaffPlacement;
import org.utilityportal.quality.InspectionKind;
import org.utilityportal.quality.Sampling;
import org.utilityportal.shared.security.Role;

/** The choices of the quality pages' select boxes. */
@ControllerAdvice(basePackageClasses = QualityOptions.class)
@RequiredArgsConstructor
class QualityOptions {

	private final OrgUnits orgUnits;

	@ModelAttribute("inspectionKinds")
	InspectionKind[] kinds() {
		return InspectionKind.values();
	}

	@ModelAttribute("samplings")
	Sampling[] samplings() {
		return Sampling.values();
	}

	@ModelAttribute("qualityUnits")
	List<OrgUnit> units() {
		return this.orgUnits.all();
	}

	@ModelAttribute("qualityStaff")
	List<StaffPlacement> staff() {
		return this.orgUnits.staffWithRoles(List.of(Role.COUNTER, Role.SUPERVISOR));
	}

	@ModelAttribute("frontLine")
	List<StaffPlacement> frontLine() {
		return this.orgUnits.staffWithRoles(List.of(Role.COUNTER));
	}

}
