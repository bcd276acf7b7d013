package org.utilityportal.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;

import org.utilityportal.casework.Channel;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.Subject;
import org.utilityportal.shared.domain.Utility;

/**
 * What a case is registered with: its classification, who and what it is about, its
 * first-contact owner (none for a case raised online) and the team handling it. Texts
 * arrive trimmed; blank optional texts as {@code null}.
 *
 * @param number the case number, {@code C} and ten digits
 * @param channel how it reached us
 * @param nature nature
 * @param subject subject
 * @param utility utility
 * @param customerId the customer, {@code null} for an anonymous case (then a contact
 * phone is needed)
 * @param accountId the account concerned, or {@code null}
 * @param contactName contact of an anonymous case
 * @param contactPhone contact of an anonymous case
 * @param occurredAt when it happened
 * @param place where
 * @param summary one line (at most 200 characters)
 * @param details the description (at most 4,000 characters)
 * @param staffWorkNumber the member of staff it is about (required for the subject STAFF)
 * @param severity 1–3
 * @param impact 1–3
 * @param sensitive sensitive case (goes to tier 2 the same day)
 * @param amount money involved, yuan, or {@code null}
 * @param owner the member of staff who took it and owns it to the end, or {@code null}
 * @param responsibleUnitId the team handling the substance
 * @param responsibleId the person handling it, or {@code null}
 * @param calendarId the working calendar its clocks count on
 * @param repeatOfId the earlier case of the same customer and subject it repeats, or
 * {@code null}
 * @param repeatOfNumber that case's number
 * @param recheckRequestId the bill re-check request it comes from, or {@code null}
 * @param repeatChargedId who resolved (else handled) the earlier case it repeats: the
 * repeat counts against them
 * @param platformTicket the ticket of the platform that forwarded it, or {@code null}
 */
public record Registration(String number, Channel channel, Nature nature, Subject subject, Utility utility,
		Long customerId, Long accountId, String contactName, String contactPhone, Instant occurredAt, String place,
		String summary, String details, String staffWorkNumber, int severity, int impact, boolean sensitive,
		BigDecimal amount, Actor owner, long responsibleUnitId, Long responsibleId, long calendarId, Long repeatOfId,
		String repeatOfNumber, Long recheckRequestId, Long repeatChargedId, PlatformTicket platformTicket) {

}
