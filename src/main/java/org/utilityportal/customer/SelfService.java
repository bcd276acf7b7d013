package org.utilityportal.customer;

import java.time.Clock;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.customer.internal.Customer;
import org.utilityportal.customer.internal.CustomerData;
import org.utilityportal.customer.internal.CustomerChangeWriter;
import org.utilityportal.customer.internal.CustomerRepository;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.web.NotFoundException;

/**
 * What customers do for themselves: keep their contact details up to date. (Registering
 * online is {@link OnlineRegistration}.)
 */
@Service
@RequiredArgsConstructor
public class SelfService {

	private final CustomerRepository customers;

	private final CustomerChangeWriter history;

	private final Clock clock;

	/** The customer's own details, masked like everywhere else. */
	@Transactional(readOnly = true)
	public ProfileForm profileForm(long customerId) {
		Customer customer = load(customerId);
		ProfileForm form = new ProfileForm();
		form.setAddress(customer.getAddress());
		form.setPreferredLanguage(customer.getPreferredLanguage());
		form.setVersion(customer.getVersion());
		return form;
	}

	/** Saves the customer's own contact details; the change is kept in their history. */
	@Transactional
	public void updateProfile(long customerId, ProfileForm form, String username) {
		Customer customer = load(customerId);
		if (customer.getVersion() != form.getVersion()) {
			throw new StaleEditException("Customer " + customerId);
		}
		List<String> mobiles = MobileNumbers.merge(customer.getMobiles(), form.getMobile(), form.getMobile2(),
				form.isRemoveMobile2());
		CustomerData data = new CustomerData(customer.getName(), customer.getKind(), customer.getIdType(),
				customer.getIdNumber(), mobiles, form.getAddress().strip(), form.getPreferredLanguage(),
				customer.isKeyAccount(), customer.isVulnerable(), customer.isGreenChannel(),
				customer.getConsentPurpose(), customer.getConsentDate());
		var changes = customer.update(data);
		this.customers.flush();
		this.history.record(customerId, null, this.clock.instant(), username, changes);
	}

	private Customer load(long customerId) {
		return this.customers.findWithMobiles(customerId).orElseThrow(() -> new NotFoundException("Customer"));
	}

}
