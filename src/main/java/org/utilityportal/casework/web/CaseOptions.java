package org.utilityportal.casework.web;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.utilityportal.casework.Channel;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.Platform;
import org.utilityportal.casework.Subject;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.shared.domain.Utility;

/** The choices of the casework pages' select boxes. */
@ControllerAdvice(basePackageClasses = CaseOptions.class)
@RequiredArgsConstructor
class CaseOptions {

	private final OrgUnits orgUnits;

	@ModelAttribute("channels")
	Channel[] channels() {
		return Channel.values();
	}

	@ModelAttribute("natures")
	Nature[] natures() {
		return Nature.values();
	}

	@ModelAttribute("subjects")
	Subject[] subjects() {
		return Subject.values();
	}

	@ModelAttribute("caseUtilities")
	Utility[] utilities() {
		return Utility.values();
	}

	@ModelAttribute("platforms")
	Platform[] platforms() {
		return Platform.values();
	}

	@ModelAttribute("levels")
	List<Integer> levels() {
		return List.of(1, 2, 3);
	}

	@ModelAttribute("ratings")
	List<Integer> ratings() {
		return List.of(5, 4, 3, 2, 1);
	}

	@ModelAttribute("gradeBands")
	List<String> gradeBands() {
		return List.of("A", "B", "C");
	}

	@ModelAttribute("orgUnits")
	List<OrgUnit> orgUnits() {
		return this.orgUnits.all();
	}

}
