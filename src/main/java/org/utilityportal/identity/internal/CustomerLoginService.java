package org.utilityportal.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

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
	@Transactional(readOnly = true)
	public List<Long> enabledLoginsOf(Collection<Long> customerIds) {
		return customerIds.isEmpty() ? List.of()
				: this.accounts.findEnabledCustomerLogins(customerIds.toArray(Long[]::new));
	}

	@Override
	@Transactional
	public boolean register(long customerId, String username, String rawPassword, String displayName) {
		String name = username.trim().toLowerCase(Locale.ROOT);
		if (this.accounts.findByUsername(name).isPresent()) {
			return false;
		}
		this.accounts.saveAndFlush(
				UserAccount.customer(name, this.passwordEncoder.encode(rawPassword), displayName, customerId));
		return true;
	}

}
