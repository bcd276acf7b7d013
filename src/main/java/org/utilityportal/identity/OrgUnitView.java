package org.utilityportal.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A unit as the administrators' pages show it.
 *
 * @param id unit id
 * @param parentId the unit above, {@code null} for the head office
 * @param code short unique code
 * @param kind HEAD_OFFICE, SERVICE_CENTRE, DISTRICT, COUNTER or STATION
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param closedOn the day it closed, {@code null} while open
 * @param areas the areas it covers
 * @param tierContacts who answers at tiers 2 to 4 (user ids by tier)
 * @param depth how deep it sits in the tree (0 for the head office)
 * @param version the version an edit must be made from
 * @param changes recorded changes, newest first (empty in lists)
 */
public record OrgUnitView(long id, Long parentId, String code, String kind, String nameZh, String nameEn,
		LocalDate closedOn, List<String> areas, Map<Integer, Long> tierContacts, int depth, long version,
		List<Change> changes) {

	/** Who answers at a tier (2 to 4), {@code null} when nobody is named. */
	public Long contact(int tier) {
		return this.tierContacts.get(tier);
	}

	/** The name in the given language. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

	/**
	 * One recorded change.
	 *
	 * @param at when
	 * @param by the administrator's sign-in name
	 * @param field what changed
	 * @param oldValue before
	 * @param newValue after
	 */
	public record Change(Instant at, String by, String field, String oldValue, String newValue) {
	}

}
