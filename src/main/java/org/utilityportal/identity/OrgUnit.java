package org.utilityportal.identity;

import java.util.Locale;

/**
 * A unit of the organisation: head office &gt; service centre &gt; district &gt; counter
 * or station.
 *
 * @param id unit id
 * @param parentId the unit above, {@code null} for the head office
 * @param code short unique code
 * @param kind HEAD_OFFICE, SERVICE_CENTRE, DISTRICT, COUNTER or STATION
 * @param nameZh Chinese name
 * @param nameEn English name
 */
public record OrgUnit(long id, Long parentId, String code, String kind, String nameZh, String nameEn) {

	/** The name in the given language. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

}
