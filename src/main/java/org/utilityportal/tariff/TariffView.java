package org.utilityportal.tariff;

import java.util.List;

import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;

/**
 * A tariff with its versions.
 *
 * @param id the tariff's id
 * @param utility electricity, water or gas
 * @param category the price category
 * @param nameZh name in Chinese
 * @param nameEn name in English
 * @param versions every version, newest effective date first
 */
public record TariffView(long id, Utility utility, TariffCategory category, String nameZh, String nameEn,
		List<TariffVersionView> versions) {

	/** The name in the given language ({@code en} or Chinese). */
	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

}
