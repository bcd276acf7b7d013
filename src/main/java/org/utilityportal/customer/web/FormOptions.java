package org.utilityportal.customer.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.utilityportal.customer.ContactKind;
import org.utilityportal.customer.CustomerKind;
import org.utilityportal.customer.IdType;
import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;

/** The choices of the customer module's select boxes, for its pages. */
@ControllerAdvice(basePackageClasses = FormOptions.class)
class FormOptions {

	@ModelAttribute("customerKinds")
	CustomerKind[] customerKinds() {
		return CustomerKind.values();
	}

	@ModelAttribute("idTypes")
	IdType[] idTypes() {
		return IdType.values();
	}

	@ModelAttribute("utilities")
	Utility[] utilities() {
		return Utility.values();
	}

	@ModelAttribute("tariffCategories")
	TariffCategory[] tariffCategories() {
		return TariffCategory.values();
	}

	@ModelAttribute("billingCycles")
	BillingCycle[] billingCycles() {
		return BillingCycle.values();
	}

	@ModelAttribute("contactKinds")
	ContactKind[] contactKinds() {
		return ContactKind.values();
	}

	@ModelAttribute("languages")
	String[] languages() {
		return new String[] { "zh-CN", "en" };
	}

}
