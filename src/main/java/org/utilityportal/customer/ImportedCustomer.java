package org.utilityportal.customer;

import java.time.LocalDate;

import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;

/**
 * A customer with one service account as the go-live import brings them in, checked
 * already. Rows with the same identity number are one customer.
 *
 * @param name the customer's name
 * @param kind residential, commercial...
 * @param idType resident identity number or credit code
 * @param idNumber the number, normalised (upper case, no spaces)
 * @param mobile the mobile number
 * @param address the customer's address
 * @param utility electricity, water or gas
 * @param legacyNumber the account's number in the legacy system
 * @param serviceAddress where the service is supplied
 * @param meterNumber the meter, upper case
 * @param category the tariff category
 * @param cycle the billing cycle
 * @param openedOn the day service began
 */
public record ImportedCustomer(String name, CustomerKind kind, IdType idType, String idNumber, String mobile,
		String address, Utility utility, String legacyNumber, String serviceAddress, String meterNumber,
		TariffCategory category, BillingCycle cycle, LocalDate openedOn) {

	/** The key of the account: utility and legacy number. */
	public String accountKey() {
		return key(this.utility, this.legacyNumber);
	}

	/** The key of an account by utility and legacy number. */
	public static String key(Utility utility, String legacyNumber) {
		return utility.name() + "/" + legacyNumber;
	}

}
