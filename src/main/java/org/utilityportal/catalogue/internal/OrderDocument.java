package org.utilityportal.catalogue.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A document given with a {@link ServiceOrder}, owned by it: a file kept in the database,
 * or the record that a clerk saw the paper original (no content). Never changed.
 */
@Entity
@Table(name = "service_order_document")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OrderDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "order_id", updatable = false)
	private ServiceOrder order;

	private int requirement;

	private String fileName;

	private String contentType;

	private Integer sizeBytes;

	private byte[] content;

	private String sha256;

	private boolean paperSeen;

	private String addedBy;

	private Instant addedAt;

	private OrderDocument(ServiceOrder order, int requirement, String by, Instant at) {
		this.order = order;
		this.requirement = requirement;
		this.addedBy = by;
		this.addedAt = at;
	}

	static OrderDocument file(ServiceOrder order, int requirement, UploadedFile file, String by, Instant at) {
		OrderDocument document = new OrderDocument(order, requirement, by, at);
		document.fileName = file.fileName();
		document.contentType = file.contentType();
		document.sizeBytes = file.content().length;
		document.content = file.content();
		document.sha256 = file.sha256();
		return document;
	}

	static OrderDocument paperSeen(ServiceOrder order, int requirement, String by, Instant at) {
		OrderDocument document = new OrderDocument(order, requirement, by, at);
		document.paperSeen = true;
		return document;
	}

}
