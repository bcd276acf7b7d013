package org.utilityportal.tariff;

import java.time.LocalDate;
import java.util.List;

import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.money.Unit;

/**
 * A tariff with its versions.
 *
 * @param id the tariff's id
 * @param utility electricity, water or gas
 * @param category the price category
 * @param nameZh name in Chinese
 * @param nameEn name in English
 * @param versions every version, newest effective date first
 * @param unit what its prices are per (kWh or m³)
 * @param retiredOn the first day it prices nothing, {@code null} while in use
 * @param version the version a retirement must be made from
 */
public record TariffView(long id, Utility utility, TariffCategory category, String nameZh, String nameEn,
		List<TariffVersionView> versions, Unit unit, LocalDate retiredOn, long version) {

	/** The name in the given language ({@code en} or Chinese). */
	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

	/** Whether the tariff prices consumption on a day (not retired by then). */
	public boolean pricesOn(LocalDate day) {
		return this.retiredOn == null || day.isBefore(this.retiredOn);
	}

}
