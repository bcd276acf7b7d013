package org.utilityportal.customer.internal;

import java.time.LocalDate;
import java.util.List;

import org.utilityportal.customer.CustomerKind;
import org.utilityportal.customer.IdType;

/** The values of a customer record after validation and normalisation. */
public record CustomerData(String name, CustomerKind kind, IdType idType, String idNumber, List<String> mobiles,
		String address, String preferredLanguage, boolean keyAccount, boolean vulnerable, boolean greenChannel,
		String consentPurpose, LocalDate consentDate) {

}
