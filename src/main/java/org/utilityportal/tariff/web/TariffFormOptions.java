package org.utilityportal.tariff.web;

import java.util.stream.IntStream;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.tariff.TariffStructure;

/** The choices of the tariff pages' select boxes. */
@ControllerAdvice(basePackageClasses = TariffFormOptions.class)
class TariffFormOptions {

	@ModelAttribute("energyKinds")
	TariffStructure.EnergyKind[] energyKinds() {
		return TariffStructure.EnergyKind.values();
	}

	@ModelAttribute("tierBases")
	TariffStructure.TierBasis[] tierBases() {
		return TariffStructure.TierBasis.values();
	}

	@ModelAttribute("taxModes")
	TariffStructure.TaxMode[] taxModes() {
		return TariffStructure.TaxMode.values();
	}

	@ModelAttribute("meteredUnits")
	Unit[] meteredUnits() {
		return new Unit[] { Unit.KWH, Unit.CUBIC_METRE };
	}

	@ModelAttribute("monthNumbers")
	int[] monthNumbers() {
		return IntStream.rangeClosed(1, 12).toArray();
	}

}
