package org.utilityportal.tariff;

import java.time.LocalDate;
import java.util.List;

import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;

/** Price books for unit tests of code that prices consumption. */
public final class PriceBookFixtures {

	private PriceBookFixtures() {
	}

	/** A price book with one version of one tariff. */
	public static PriceBook of(Utility utility, TariffCategory category, String effectiveFrom,
			TariffStructure structure) {
		return new PriceBook(List.of(new PriceBook.Entry(utility, category,
				new PricedVersion(1, LocalDate.parse(effectiveFrom), "DOC-1", structure))));
	}

}
