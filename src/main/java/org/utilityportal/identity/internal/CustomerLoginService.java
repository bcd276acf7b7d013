package org.utilityportal.identity.internal;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.identity.CustomerLogins;

@Service
@RequiredArgsConstructor
class CustomerLoginService implements CustomerLogins {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	@Override
	@Transactional(readOnly = true)
	public boolean hasLogin(long customerId) {
		return this.accounts.existsByCustomerId(customerId);
	}

	@Override
	@Transactional
	public void register(long customerId, String username, String rawPassword, String displayName) {
		String name = username.trim().toLowerCase(Locale.ROOT);
		if (this.accounts.findByUsername(name).isPresent()) {
			throw new UsernameTakenException(name);
		}
		try {
			this.accounts.saveAndFlush(
					UserAccount.customer(name, this.passwordEncoder.encode(rawPassword), displayName, customerId));
		}
		catch (DataIntegrityViolationException ex) {
			// Two registrations racing for one name: the unique key decides.
			throw new UsernameTakenException(name);
		}
	}

}
