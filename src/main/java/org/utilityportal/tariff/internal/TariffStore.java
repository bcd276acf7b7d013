package org.utilityportal.tariff.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.tariff.TariffStructure;
import org.utilityportal.tariff.TariffVersionView;

/**
 * Tariffs and their versions in PostgreSQL; the prices of a version are a JSON document.
 */
@Component
@RequiredArgsConstructor
public class TariffStore {

	private static final String VERSION_COLUMNS = "id, tariff_id, effective_from, document_number, document_date, "
			+ "structure::text as structure, status, created_by, created_at, published_by, published_at, version";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	/** Every tariff: id, utility, category and names. */
	public List<TariffRow> tariffs() {
		return this.jdbc.sql("select id, utility, category, name_zh, name_en from tariff order by utility, category")
			.query((row, index) -> new TariffRow(row.getLong("id"), Utility.valueOf(row.getString("utility")),
					TariffCategory.valueOf(row.getString("category")), row.getString("name_zh"),
					row.getString("name_en")))
			.list();
	}

	/** Every version, newest effective date first. */
	public List<TariffVersionView> versions() {
		return this.jdbc.sql("select " + VERSION_COLUMNS + " from tariff_version order by effective_from desc, id desc")
			.query(TariffStore::version)
			.list();
	}

	public Optional<TariffVersionView> version(long id) {
		return this.jdbc.sql("select " + VERSION_COLUMNS + " from tariff_version where id = ?")
			.param(id)
			.query(TariffStore::version)
			.optional();
	}

	public long insertDraft(long tariffId, LocalDate effectiveFrom, String documentNumber, LocalDate documentDate,
			TariffStructure structure, String by, Instant at) {
		return this.jdbc.sql("""
				insert into tariff_version (tariff_id, effective_from, document_number, document_date, structure,
				    status, created_by, created_at)
				values (?, ?, ?, ?, ?::jsonb, 'DRAFT', ?, ?) returning id
				""")
			.params(tariffId, effectiveFrom, documentNumber, documentDate, JSON.writeValueAsString(structure), by,
					utc(at))
			.query(Long.class)
			.single();
	}

	/**
	 * Saves a draft made from the given version and records its editor (four eyes); false
	 * when it changed or is no longer a draft.
	 */
	public boolean updateDraft(long id, long version, LocalDate effectiveFrom, String documentNumber,
			LocalDate documentDate, TariffStructure structure, String editor) {
		return this.jdbc.sql("""
				update tariff_version set effective_from = ?, document_number = ?, document_date = ?,
				    structure = ?::jsonb, version = version + 1,
				    edited_by = case when ? = any (edited_by) then edited_by else array_append(edited_by, ?) end
				where id = ? and version = ? and status = 'DRAFT'
				""")
			.params(effectiveFrom, documentNumber, documentDate, JSON.writeValueAsString(structure), editor, editor, id,
					version)
			.update() == 1;
	}

	/** Who edited a version after its author (user names, in order). */
	public List<String> editors(long id) {
		return this.jdbc.sql("select unnest(edited_by) from tariff_version where id = ?")
			.param(id)
			.query(String.class)
			.list();
	}

	/** Publishes a draft made from the given version; false when it changed meanwhile. */
	public boolean publish(long id, long version, String by, Instant at) {
		return this.jdbc
			.sql("""
					update tariff_version set status = 'PUBLISHED', published_by = ?, published_at = ?, version = version + 1
					where id = ? and version = ? and status = 'DRAFT'
					""")
			.params(by, utc(at), id, version)
			.update() == 1;
	}

	public boolean discardDraft(long id, long version) {
		return this.jdbc.sql("delete from tariff_version where id = ? and version = ? and status = 'DRAFT'")
			.params(id, version)
			.update() == 1;
	}

	private static TariffVersionView version(ResultSet row, int index) throws SQLException {
		OffsetDateTime published = row.getObject("published_at", OffsetDateTime.class);
		return new TariffVersionView(row.getLong("id"), row.getLong("tariff_id"),
				row.getObject("effective_from", LocalDate.class), row.getString("document_number"),
				row.getObject("document_date", LocalDate.class),
				JSON.readValue(row.getString("structure"), TariffStructure.class),
				TariffVersionView.Status.valueOf(row.getString("status")), row.getString("created_by"),
				row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getString("published_by"),
				(published != null) ? published.toInstant() : null, row.getLong("version"));
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	/** A tariff without its versions. */
	public record TariffRow(long id, Utility utility, TariffCategory category, String nameZh, String nameEn) {
	}

}
