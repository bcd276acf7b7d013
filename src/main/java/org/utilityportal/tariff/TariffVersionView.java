package org.utilityportal.tariff;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a tariff.
 *
 * @param id the version's id
 * @param tariffId its tariff
 * @param effectiveFrom first day its prices apply
 * @param documentNumber the approving price document
 * @param documentDate the document's date
 * @param structure the prices
 * @param status draft or published
 * @param createdBy who wrote it
 * @param createdAt when
 * @param publishedBy who published it, {@code null} for a draft
 * @param publishedAt when, {@code null} for a draft
 * @param version optimistic-locking version of a draft
 */
public record TariffVersionView(long id, long tariffId, LocalDate effectiveFrom, String documentNumber,
		LocalDate documentDate, TariffStructure structure, Status status, String createdBy, Instant createdAt,
		String publishedBy, Instant publishedAt, long version) {

	/** Whether it is published. */
	public boolean isPublished() {
		return this.status == Status.PUBLISHED;
	}

	/** As the calculator needs it. */
	public PricedVersion priced() {
		return new PricedVersion(this.id, this.effectiveFrom, this.documentNumber, this.structure);
	}

	/** Draft or published. */
	public enum Status {

		DRAFT, PUBLISHED;

		/** The message key of the status's name. */
		public String messageKey() {
			return "tariffStatus." + name();
		}

	}

}
