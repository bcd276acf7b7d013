package org.utilityportal.metro;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of the metro fares.
 *
 * @param id version id
 * @param effectiveFrom first day of the fares
 * @param documentNumber the approving price document
 * @param documentDate its date
 * @param table the bands
 * @param published whether it is published (and so never changes)
 * @param createdBy who wrote it
 * @param createdAt when
 * @param publishedBy who published it, another officer
 * @param publishedAt when
 * @param version optimistic-locking version
 * @param discount the discounts by monthly spending on one card
 */
public record FareVersionView(long id, LocalDate effectiveFrom, String documentNumber, LocalDate documentDate,
		FareTable table, boolean published, String createdBy, Instant createdAt, String publishedBy,
		Instant publishedAt, long version, MonthlyDiscount discount) {

}
