package org.utilityportal.identity.internal;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.utilityportal.shared.security.Role;

/**
 * The first administrator of a production installation: when no ADMIN account exists and
 * {@code PORTAL_ADMIN_PASSWORD} is set, creates the account {@code admin} with that
 * password. Demo installations have {@code admin1} instead and never need this.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class BootstrapAdmin implements ApplicationRunner {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	@Value("${portal.bootstrap.admin-password:}")
	private String password;

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(this.password) || this.accounts.existsByRole(Role.ADMIN)) {
			return;
		}
		if (this.password.length() < 12) {
			throw new IllegalStateException("PORTAL_ADMIN_PASSWORD must have at least 12 characters");
		}
		this.accounts.save(UserAccount.staff("admin", this.passwordEncoder.encode(this.password), Role.ADMIN,
				"Administrator", "00001", null));
		log.info("Created the first administrator account 'admin'");
	}

}
