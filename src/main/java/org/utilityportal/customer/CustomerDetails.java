package org.utilityportal.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer as staff and the customer see it, with identity and mobile numbers masked.
 *
 * @param id customer id
 * @param name person's or organisation's name
 * @param kind residential, commercial, ...
 * @param idType resident identity card or credit code
 * @param maskedIdNumber e.g. {@code 1101**********1234}
 * @param maskedMobiles e.g. {@code 138****5678}, primary first
 * @param address postal address
 * @param preferredLanguage {@code zh-CN} or {@code en}
 * @param keyAccount a key account with an account manager
 * @param vulnerable needs fee waivers or home visits
 * @param greenChannel gets priority handling
 * @param consentPurpose the purpose the customer agreed their personal data may be used
 * for
 * @param consentDate when they agreed
 * @param createdAt when the record was opened
 * @param createdBy who opened it (sign-in name)
 * @param version optimistic-locking version, to send back with an edit
 */
public record CustomerDetails(long id, String name, CustomerKind kind, IdType idType, String maskedIdNumber,
		List<String> maskedMobiles, String address, String preferredLanguage, boolean keyAccount, boolean vulnerable,
		boolean greenChannel, String consentPurpose, LocalDate consentDate, Instant createdAt, String createdBy,
		long version) {

}
