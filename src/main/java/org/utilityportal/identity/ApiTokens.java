package org.utilityportal.identity;

import java.util.List;

/**
 * Personal API tokens, which replace passwords for scripts: a token is sent as
 * {@code Authorization: Bearer upt_…} to {@code /api/v1} (and {@code /actuator}), and
 * acts with its holder's role (never the right to reveal personal data). Only a hash is
 * stored; the token is shown once, when it is made.
 */
public interface ApiTokens {

	/** Validity periods a token may be given, in days. */
	List<Integer> VALIDITY_DAYS = List.of(30, 90, 180, 365);

	/**
	 * Makes a token for the person, with their current role.
	 * @param name what the token is for (1–60 characters)
	 * @param validDays one of {@link #VALIDITY_DAYS}
	 * @return the token's view and the token itself, to be shown once
	 */
	IssuedToken issue(long userId, String name, int validDays);

	/** The person's tokens, newest first, revoked and expired ones included. */
	List<ApiTokenView> of(long userId);

	/**
	 * The person's token history, newest first: each token made (by the person) and
	 * revoked (by them or an administrator), named by what it is for and its first
	 * characters. The same records are in a member of staff's change history
	 * ({@link StaffAdministration}).
	 */
	List<StaffView.Change> history(long userId);

	/**
	 * Revokes one of the person's tokens (recorded in their history; revoking a revoked
	 * token again changes nothing).
	 * @param by who revokes it (the holder or an administrator), kept with the token
	 * @throws org.utilityportal.shared.web.NotFoundException when the person holds no
	 * such token
	 */
	void revoke(long userId, long tokenId, String by);

	/** A token just made: its view and the secret, which is never shown again. */
	record IssuedToken(ApiTokenView token, String secret) {
	}

}
