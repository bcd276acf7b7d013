package org.utilityportal.identity;

import java.util.List;
import java.util.Map;

import org.springframework.validation.Errors;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Administrators build the organisation tree: head office, service centres, districts or
 * branches, service halls and teams; each with the areas it covers and who answers its
 * cases at tiers 2 to 4. Moving or closing a unit that (or whose units below) still has
 * open cases is refused with how many and where. Every change is recorded.
 */
public interface OrganisationAdministration {

	/** The tree, depth first from the head office, open and closed units. */
	List<OrgUnitView> tree();

	/** One unit with its recorded changes. */
	OrgUnitView unit(long unitId);

	/**
	 * Checks what bean validation cannot: a free code, an open parent of a higher kind,
	 * one head office, known work numbers of staff for the tiers.
	 * @param editingId the unit being edited, {@code null} when creating
	 */
	void validate(OrgUnitForm form, Long editingId, Errors errors);

	/** Creates a unit from a validated form; returns its id. */
	long create(OrgUnitForm form, PortalPrincipal admin);

	/**
	 * Saves an edit made from {@code form.version}, moving the unit when the parent
	 * changed.
	 * @return a refusal (open cases), or {@code null} when saved
	 * @throws org.utilityportal.shared.domain.StaleEditException when changed meanwhile
	 */
	Refusal update(long unitId, OrgUnitForm form, PortalPrincipal admin);

	/**
	 * Closes a unit from today.
	 * @return a refusal (open cases, open units below, staff placed in it), or
	 * {@code null} when closed
	 */
	Refusal close(long unitId, long version, PortalPrincipal admin);

	/**
	 * Why a move or a closing was refused.
	 *
	 * @param messageKey the message: {@code {0}} is the count
	 * @param count how many (cases, units, staff)
	 * @param where the count per unit id
	 */
	record Refusal(String messageKey, long count, Map<Long, Long> where) {
	}

}
