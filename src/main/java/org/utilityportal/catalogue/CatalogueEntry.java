package org.utilityportal.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.utilityportal.shared.domain.Utility;

/**
 * One version of a service.
 *
 * @param serviceId the service
 * @param code the service's code (e.g. {@code E-REPAIR})
 * @param utility its utility
 * @param versionId the version
 * @param effectiveFrom first day the version applies
 * @param documentNumber the document that approved it
 * @param documentDate the document's date
 * @param definition what it offers
 * @param published whether it is published (else a draft)
 * @param createdBy who wrote it
 * @param createdAt when
 * @param publishedBy who published it
 * @param version optimistic-locking version of a draft
 */
public record CatalogueEntry(long serviceId, String code, Utility utility, long versionId, LocalDate effectiveFrom,
		String documentNumber, LocalDate documentDate, ServiceDefinition definition, boolean published,
		String createdBy, Instant createdAt, String publishedBy, long version) {

	public String name(Locale locale) {
		return this.definition.name(locale);
	}

}
