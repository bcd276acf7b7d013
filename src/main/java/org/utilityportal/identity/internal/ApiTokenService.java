package org.utilityportal.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.identity.ApiTokenView;
import org.utilityportal.identity.ApiTokens;
import org.utilityportal.identity.StaffView;
import org.utilityportal.shared.web.NotFoundException;

@Service
@RequiredArgsConstructor
class ApiTokenService implements ApiTokens {

	private final ApiTokenRepository tokens;

	private final UserAccountRepository accounts;

	private final Clock clock;

	@Override
	@Transactional
	public IssuedToken issue(long userId, String name, int validDays) {
		if (!VALIDITY_DAYS.contains(validDays) || name == null || name.isBlank() || name.strip().length() > 60) {
			throw new IllegalArgumentException(
					"A token needs a name of 1-60 characters and a validity of " + VALIDITY_DAYS + " days");
		}
		UserAccount holder = this.accounts.findById(userId).orElseThrow(() -> new NotFoundException("User"));
		String secret = ApiTokenSecrets.newSecret();
		ApiToken token = this.tokens.save(ApiToken.issue(userId, holder.getRole(), name, secret, this.clock.instant(),
				Duration.ofDays(validDays)));
		holder.tokenIssued(label(token), token.getCreatedAt());
		return new IssuedToken(view(token), secret);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApiTokenView> of(long userId) {
		return this.tokens.findByUserIdOrderByCreatedAtDescIdDesc(userId).stream().map(this::view).toList();
	}

	@Override
	@Transactional
	public void revoke(long userId, long tokenId, String by) {
		ApiToken token = this.tokens.findByIdAndUserId(tokenId, userId)
			.orElseThrow(() -> new NotFoundException("Token"));
		Instant now = this.clock.instant();
		if (token.revoke(by, now)) {
			this.accounts.findById(userId).orElseThrow().tokenRevoked(label(token), now, by);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffView.Change> history(long userId) {
		return this.accounts.findById(userId)
			.map((account) -> account.getChanges()
				.stream()
				.filter((change) -> UserAccount.TOKEN_ISSUED.equals(change.getField())
						|| UserAccount.TOKEN_REVOKED.equals(change.getField()))
				.map((change) -> new StaffView.Change(change.getChangedAt(), change.getChangedBy(), change.getField(),
						change.getOldValue(), change.getNewValue()))
				.toList())
			.orElse(List.of());
	}

	/** How the history names a token: what it is for and its first characters. */
	private static String label(ApiToken token) {
		return token.getName() + " (" + token.getTokenPrefix() + "…)";
	}

	/**
	 * The person a valid token acts for, with the token's role as the only authority;
	 * empty for an unknown, expired or revoked token, a disabled holder, or a holder
	 * whose role changed since.
	 */
	@Transactional
	Optional<Authentication> authenticate(String secret) {
		if (secret == null || !secret.startsWith(ApiTokenSecrets.PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(ApiTokenSecrets.hash(secret))
			.filter((token) -> token.isValidAt(now))
			.flatMap((token) -> this.accounts.findById(token.getUserId())
				.filter((holder) -> holder.isEnabled() && holder.getRole() == token.getRole())
				.map((holder) -> {
					token.usedAt(now);
					PortalUserDetails person = PortalUserDetails.forApiToken(holder);
					return UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities());
				}));
	}

	private ApiTokenView view(ApiToken token) {
		return new ApiTokenView(token.getId(), token.getName(), token.getTokenPrefix(), token.getRole(),
				token.getCreatedAt(), token.getExpiresAt(), token.getRevokedAt(), token.getRevokedBy(),
				token.getLastUsedAt(), token.isValidAt(this.clock.instant()));
	}

}
