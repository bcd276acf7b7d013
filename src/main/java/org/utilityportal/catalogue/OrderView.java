package org.utilityportal.catalogue;

import java.time.Instant;
import java.util.List;

import org.utilityportal.casework.CaseStatus;

/**
 * An order and where its case stands.
 *
 * @param id the order
 * @param caseNumber the case that tracks it
 * @param entry the version of the service it was placed under
 * @param customerId the customer, when known
 * @param accountNumber the account, when the service is for one
 * @param area where the service is delivered
 * @param orderedBy who placed it
 * @param orderedAt when
 * @param caseStatus the case's status
 * @param responseDueAt the first response promised by
 * @param completionDueAt the completion promised by
 * @param respondedAt when the first response came
 * @param completedAt when the case was resolved
 * @param late whether a promise was missed
 * @param documents the documents given
 */
public record OrderView(long id, String caseNumber, CatalogueEntry entry, Long customerId, String accountNumber,
		Area area, String orderedBy, Instant orderedAt, CaseStatus caseStatus, Instant responseDueAt,
		Instant completionDueAt, Instant respondedAt, Instant completedAt, boolean late,
		List<OrderDocument> documents) {

	/**
	 * A document given with an order.
	 *
	 * @param id the document
	 * @param requirement its place in the service's list of documents
	 * @param fileName the file's name, {@code null} for a paper original
	 * @param contentType the file's type
	 * @param sizeBytes its size
	 * @param paperSeen the paper original was seen at the counter
	 * @param addedBy who added it
	 */
	public record OrderDocument(long id, int requirement, String fileName, String contentType, Integer sizeBytes,
			boolean paperSeen, String addedBy) {
	}

}
