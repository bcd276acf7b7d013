package org.utilityportal.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Rights;
import org.utilityportal.shared.security.Role;

/** The signed-in person as Spring Security keeps them in the session. */
final class PortalUserDetails implements UserDetails, CredentialsContainer, PortalPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long userId;

	private final String username;

	private String passwordHash;

	private final String displayName;

	private final Role role;

	private final String workNumber;

	private final Long customerId;

	private final boolean enabled;

	private final boolean mayRevealPersonalData;

	private final boolean mustChangePassword;

	PortalUserDetails(UserAccount account) {
		this(account, account.isMayRevealPersonalData());
	}

	private PortalUserDetails(UserAccount account, boolean mayRevealPersonalData) {
		this.userId = account.getId();
		this.username = account.getUsername();
		this.passwordHash = account.getPasswordHash();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.workNumber = account.getWorkNumber();
		this.customerId = account.getCustomerId();
		this.enabled = account.isEnabled();
		this.mayRevealPersonalData = mayRevealPersonalData;
		this.mustChangePassword = account.isMustChangePassword();
	}

	/**
	 * The person as an API token shows them: their role only, never the right to reveal
	 * personal data, and no password hash.
	 */
	static PortalUserDetails forApiToken(UserAccount account) {
		PortalUserDetails person = new PortalUserDetails(account, false);
		person.eraseCredentials();
		return person;
	}

	/** Whether the person signed in with a temporary password they must change first. */
	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		if (this.mayRevealPersonalData) {
			return List.of(new SimpleGrantedAuthority(this.role.authority()),
					new SimpleGrantedAuthority(Rights.REVEAL_PERSONAL_DATA));
		}
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public long userId() {
		return this.userId;
	}

	@Override
	public String username() {
		return this.username;
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	@Override
	public Role role() {
		return this.role;
	}

	@Override
	public Optional<String> workNumber() {
		return Optional.ofNullable(this.workNumber);
	}

	@Override
	public Optional<Long> customerId() {
		return Optional.ofNullable(this.customerId);
	}

	@Override
	public boolean mayRevealPersonalData() {
		return this.mayRevealPersonalData;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof PortalUserDetails that) && this.userId == that.userId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.userId);
	}

	@Override
	public String toString() {
		return "PortalUserDetails[" + this.username + ", " + this.role + "]";
	}

}
