package org.utilityportal.identity;

import lombok.RequiredArgsConstructor;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.utilityportal.identity.internal.SessionTerminator;
import org.utilityportal.identity.internal.SignInThrottle;
import org.utilityportal.identity.internal.AccountCredentials;

/**
 * Changing one's own password: the current password must match, the new one must follow
 * {@link PasswordPolicy} and be typed twice. Every try counts against the name's sign-in
 * limit ({@link SignInThrottle}) like a sign-in, and a right current password gives it
 * back. A changed password ends the person's other sessions, on every instance.
 */
@Service
@RequiredArgsConstructor
public class PasswordChanges {

	private final AccountCredentials accounts;

	private final PasswordEncoder passwordEncoder;

	private final SignInThrottle throttle;

	private final SessionTerminator sessions;

	/**
	 * Changes the password or reports the problems in {@code errors} (fields
	 * currentPassword, newPassword, confirmPassword).
	 * @param keepSessionId the session in which the person changes it, which stays open
	 */
	@Transactional
	public void change(long userId, String currentPassword, String newPassword, String confirmPassword,
			String keepSessionId, Errors errors) {
		AccountCredentials.Credentials credentials = this.accounts.credentials(userId);
		if (!this.throttle.admit(credentials.username(), null).allowed()) {
			errors.reject("signIn.error.locked.short");
			return;
		}
		if (!this.passwordEncoder.matches(currentPassword, credentials.passwordHash())) {
			errors.rejectValue("currentPassword", "validation.password.current");
			return;
		}
		this.throttle.succeeded(credentials.username(), null);
		PasswordPolicy.check(credentials.username(), newPassword)
			.ifPresent((key) -> errors.rejectValue("newPassword", key));
		if (!errors.hasFieldErrors("newPassword") && !newPassword.equals(confirmPassword)) {
			errors.rejectValue("confirmPassword", "validation.password.mismatch");
		}
		if (!errors.hasErrors()) {
			this.accounts.changePassword(userId, this.passwordEncoder.encode(newPassword));
			this.sessions.endOtherSessionsOf(credentials.username(), keepSessionId);
		}
	}

}
