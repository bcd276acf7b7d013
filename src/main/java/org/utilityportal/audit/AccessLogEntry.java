package org.utilityportal.audit;

import java.time.Instant;

/**
 * One line of the access log.
 *
 * @param id the entry's id, increasing with time
 * @param occurredAt when it happened
 * @param staffId the user account id of the member of staff
 * @param staffName their display name at the time
 * @param workNumber their work number at the time
 * @param action what they did
 * @param channel web page or API
 * @param customerId the customer concerned, {@code null} for a search
 * @param field the revealed field, for {@link AccessAction#REVEAL}
 * @param detail the search text or export description
 */
public record AccessLogEntry(long id, Instant occurredAt, long staffId, String staffName, String workNumber,
		AccessAction action, AccessChannel channel, Long customerId, String field, String detail) {

}
