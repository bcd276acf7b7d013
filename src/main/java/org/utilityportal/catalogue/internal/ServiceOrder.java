package org.utilityportal.catalogue.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.utilityportal.catalogue.Area;

/**
 * An order for a catalogue service: the aggregate root of its documents. Placed once,
 * under the version of the service in force that day, with the case that tracks it (the
 * case is casework's; the order keeps its id). Its documents are given when it is placed,
 * one per requirement of the service, and never change; the form token makes a repeated
 * submission find the first order (a unique key).
 */
@Entity
@Table(name = "service_order")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ServiceOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private long serviceId;

	private long versionId;

	private Long customerId;

	private Long accountId;

	@Enumerated(EnumType.STRING)
	private Area area;

	private UUID token;

	private String orderedBy;

	private Instant orderedAt;

	@OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
	@OrderBy("requirement")
	private List<OrderDocument> documents = new ArrayList<>();

	/**
	 * An order placed now.
	 * @param what the service, its version, the case tracking it, the customer and
	 * account
	 * @param area where the service is delivered
	 */
	public ServiceOrder(Placed what, Area area, UUID token, String by, Instant at) {
		this.caseId = what.caseId();
		this.serviceId = what.serviceId();
		this.versionId = what.versionId();
		this.customerId = what.customerId();
		this.accountId = what.accountId();
		this.area = area;
		this.token = token;
		this.orderedBy = by;
		this.orderedAt = at;
	}

	/** Adds the file given for a required document. */
	public void attach(int requirement, UploadedFile file) {
		checkFree(requirement);
		this.documents.add(OrderDocument.file(this, requirement, file, this.orderedBy, this.orderedAt));
	}

	/** Records that the clerk placing the order saw the paper original of a document. */
	public void paperSeen(int requirement) {
		checkFree(requirement);
		this.documents.add(OrderDocument.paperSeen(this, requirement, this.orderedBy, this.orderedAt));
	}

	private void checkFree(int requirement) {
		if (this.documents.stream().anyMatch((document) -> document.getRequirement() == requirement)) {
			throw new IllegalArgumentException("Document " + requirement + " was given already");
		}
	}

	/**
	 * What an order is for.
	 *
	 * @param serviceId the service
	 * @param versionId the version of the service it is placed under
	 * @param caseId the case that tracks it
	 * @param customerId the customer
	 * @param accountId the account it is for, or {@code null}
	 */
	public record Placed(long serviceId, long versionId, long caseId, Long customerId, Long accountId) {
	}

}
