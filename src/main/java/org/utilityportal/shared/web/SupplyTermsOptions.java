package org.utilityportal.shared.web;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.utilityportal.shared.domain.BasicChargeBasis;
import org.utilityportal.shared.domain.SupplyTerms;

/**
 * The choices of supply terms for every form that offers them (the counter's account
 * form, the public estimator): basic-charge bases and the power-factor standards of the
 * national rules.
 */
@ControllerAdvice
class SupplyTermsOptions {

	@ModelAttribute("basicChargeBases")
	BasicChargeBasis[] basicChargeBases() {
		return BasicChargeBasis.values();
	}

	@ModelAttribute("powerFactorStandards")
	List<BigDecimal> powerFactorStandards() {
		return SupplyTerms.POWER_FACTOR_STANDARDS;
	}

}
