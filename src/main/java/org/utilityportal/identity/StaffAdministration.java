package org.utilityportal.identity;

import java.util.List;

import org.springframework.validation.Errors;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Administrators manage staff: create (with a one-time temporary password), edit, disable
 * and enable (never delete), reset a password. Every change is recorded with who made it
 * and when. An administrator cannot disable themselves, and the last enabled
 * administrator can neither be disabled nor lose the role. Disabling a person or
 * resetting their password ends their open sessions on every instance.
 */
public interface StaffAdministration {

	/** Every member of staff, by name. */
	List<StaffView> all();

	/**
	 * One member of staff with their recorded changes.
	 * @throws org.utilityportal.shared.web.NotFoundException for an unknown id or a
	 * customer
	 */
	StaffView staff(long userId);

	/**
	 * Checks what bean validation cannot (fields username, workNumber, role, orgUnitId):
	 * a free sign-in name of the right shape, a work number nobody else has, a staff
	 * role, an open unit, and that the last administrator keeps the role.
	 * @param editingId the person being edited, {@code null} when creating
	 */
	void validate(StaffForm form, Long editingId, Errors errors);

	/**
	 * Creates a member of staff from a validated form.
	 * @return the new id and the temporary password to hand over (shown once, never
	 * stored in clear)
	 */
	Created create(StaffForm form, PortalPrincipal admin);

	/**
	 * Saves an edit made from {@code form.version}.
	 * @throws org.utilityportal.shared.domain.StaleEditException when someone changed the
	 * person meanwhile
	 */
	void update(long userId, StaffForm form, PortalPrincipal admin);

	/**
	 * Disables a person and ends their sessions.
	 * @return the message key of the reason it was refused, or {@code null} when done
	 */
	String disable(long userId, long version, PortalPrincipal admin);

	/**
	 * Enables a disabled person.
	 * @return the message key of the reason it was refused, or {@code null} when done
	 */
	String enable(long userId, long version, PortalPrincipal admin);

	/**
	 * Sets a one-time temporary password the person must change at the next sign-in, and
	 * ends their sessions.
	 * @return the temporary password to hand over
	 * @throws org.utilityportal.shared.domain.StaleEditException when someone changed the
	 * person meanwhile
	 */
	String resetPassword(long userId, long version, PortalPrincipal admin);

	/**
	 * A member of staff just created.
	 *
	 * @param id their user account id
	 * @param temporaryPassword the one-time password to hand over
	 */
	record Created(long id, String temporaryPassword) {
	}

}
