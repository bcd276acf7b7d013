package org.utilityportal.identity;

import lombok.RequiredArgsConstructor;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.utilityportal.identity.internal.AccountCredentials;

/**
 * Changing one's own password: the current password must match, the new one must follow
 * {@link PasswordPolicy} and be typed twice. Wrong current passwords count towards the
 * sign-in lock like failed sign-ins.
 */
@Service
@RequiredArgsConstructor
public class PasswordChanges {

	private final AccountCredentials accounts;

	private final PasswordEncoder passwordEncoder;

	private final AttemptGuard guard;

	/**
	 * Changes the password or reports the problems in {@code errors} (fields
	 * currentPassword, newPassword, confirmPassword).
	 */
	@Transactional
	public void change(long userId, String currentPassword, String newPassword, String confirmPassword, Errors errors) {
		AccountCredentials.Credentials credentials = this.accounts.credentials(userId);
		if (this.guard.isBlocked(credentials.username())) {
			errors.reject("signIn.error.locked.short");
			return;
		}
		if (!this.passwordEncoder.matches(currentPassword, credentials.passwordHash())) {
			this.guard.recordFailure(credentials.username());
			errors.rejectValue("currentPassword", "validation.password.current");
			return;
		}
		PasswordPolicy.check(credentials.username(), newPassword)
			.ifPresent((key) -> errors.rejectValue("newPassword", key));
		if (!errors.hasFieldErrors("newPassword") && !newPassword.equals(confirmPassword)) {
			errors.rejectValue("confirmPassword", "validation.password.mismatch");
		}
		if (!errors.hasErrors()) {
			this.accounts.changePassword(userId, this.passwordEncoder.encode(newPassword));
		}
	}

}
