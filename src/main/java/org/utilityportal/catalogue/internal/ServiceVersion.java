package org.utilityportal.catalogue.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import tools.jackson.databind.json.JsonMapper;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.utilityportal.catalogue.ServiceDefinition;
import org.utilityportal.shared.domain.VersionedDocument;

/**
 * A version of a catalogue service: what it offers (names, texts, fee, commitment,
 * documents, blockers) is one JSON document, read and written whole.
 */
@Entity
@Table(name = "catalogue_version")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ServiceVersion extends VersionedDocument {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private long serviceId;

	@JdbcTypeCode(SqlTypes.JSON)
	private String definition;

	/** A new draft of a service. */
	public ServiceVersion(long serviceId, Dates dates, ServiceDefinition definition, String author, Instant at) {
		super(dates, author, at);
		this.serviceId = serviceId;
		this.definition = JSON.writeValueAsString(definition);
	}

	/** Changes the draft. */
	public void edit(Dates dates, ServiceDefinition definition, String editor) {
		edit(dates, editor, () -> this.definition = JSON.writeValueAsString(definition));
	}

}
