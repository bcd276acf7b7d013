package org.utilityportal.identity;

import java.time.Instant;

import org.utilityportal.shared.security.Role;

/**
 * A personal API token as its holder and administrators see it: never the token itself,
 * only its first characters.
 *
 * @param prefix the first 12 characters of the token ({@code upt_…})
 * @param role the role the token acts with (the holder's role when it was made)
 * @param revokedAt {@code null} while not revoked
 * @param lastUsedAt {@code null} when never used; to the minute
 * @param valid whether the token opens the API now
 */
public record ApiTokenView(long id, String name, String prefix, Role role, Instant createdAt, Instant expiresAt,
		Instant revokedAt, String revokedBy, Instant lastUsedAt, boolean valid) {
}
