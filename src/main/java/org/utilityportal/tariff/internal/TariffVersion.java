package org.utilityportal.tariff.internal;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import tools.jackson.databind.json.JsonMapper;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.utilityportal.shared.domain.VersionedDocument;
import org.utilityportal.tariff.TariffStructure;

/**
 * A version of a tariff: its prices (steps, time-of-use bands, seasons, basic, fixed and
 * surcharge lines, tax) are one JSON document, read and written whole.
 */
@Entity
@Table(name = "tariff_version")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class TariffVersion extends VersionedDocument {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private long tariffId;

	@JdbcTypeCode(SqlTypes.JSON)
	private String structure;

	/** A new draft of a tariff. */
	public TariffVersion(long tariffId, Dates dates, TariffStructure structure, String author, Instant at) {
		super(dates, author, at);
		this.tariffId = tariffId;
		this.structure = JSON.writeValueAsString(structure);
	}

	/** Changes the draft; the editor is recorded (four eyes). */
	public void edit(Dates dates, TariffStructure structure, String editor) {
		edit(dates, editor, () -> this.structure = JSON.writeValueAsString(structure));
	}

	/**
	 * Prices with problems (a step without a price, bounds that do not rise) are refused.
	 */
	@Override
	protected Optional<String> contentProblem(String messagePrefix) {
		return structure().problems().isEmpty() ? Optional.empty() : Optional.of(messagePrefix + ".incomplete");
	}

	/** The prices. */
	public TariffStructure structure() {
		return JSON.readValue(this.structure, TariffStructure.class);
	}

}
