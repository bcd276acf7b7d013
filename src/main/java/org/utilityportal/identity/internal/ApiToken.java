package org.utilityportal.identity.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.utilityportal.shared.security.Role;

/**
 * A personal API token: made by its holder, kept only as a hash, scoped to the role the
 * holder had when it was made, valid until it expires or is revoked (by the holder or an
 * administrator). A revoked token stays on record with who revoked it and when.
 */
@Entity
@Table(name = "api_token")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ApiToken {

	/** Characters of the token shown in lists so its holder can tell tokens apart. */
	static final int PREFIX_LENGTH = 12;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long userId;

	private String name;

	private String tokenHash;

	private String tokenPrefix;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant revokedAt;

	private String revokedBy;

	private Instant lastUsedAt;

	@Version
	private long version;

	static ApiToken issue(long userId, Role role, String name, String secret, Instant at, Duration validity) {
		ApiToken token = new ApiToken();
		token.userId = userId;
		token.role = role;
		token.name = name.strip();
		token.tokenHash = ApiTokenSecrets.hash(secret);
		token.tokenPrefix = secret.substring(0, PREFIX_LENGTH);
		token.createdAt = at;
		token.expiresAt = at.plus(validity);
		return token;
	}

	/** Whether the token opens the API at this moment (not revoked, not expired). */
	boolean isValidAt(Instant at) {
		return this.revokedAt == null && at.isBefore(this.expiresAt);
	}

	/**
	 * Revokes the token; a token revoked already keeps its first revocation.
	 * @return whether this call revoked it
	 */
	boolean revoke(String by, Instant at) {
		if (this.revokedAt != null) {
			return false;
		}
		this.revokedAt = at;
		this.revokedBy = by;
		return true;
	}

	/**
	 * Notes a use; written at most once a minute, so a busy script does not write on
	 * every call.
	 */
	void usedAt(Instant at) {
		if (this.lastUsedAt == null || this.lastUsedAt.isBefore(at.minus(Duration.ofMinutes(1)))) {
			this.lastUsedAt = at;
		}
	}

}
