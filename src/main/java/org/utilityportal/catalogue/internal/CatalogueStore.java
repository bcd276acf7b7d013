package org.utilityportal.catalogue.internal;

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
import org.utilityportal.catalogue.CatalogueEntry;
import org.utilityportal.catalogue.ServiceDefinition;
import org.utilityportal.shared.domain.Utility;

/**
 * Services and their versions in PostgreSQL; what a version offers is a JSON document.
 */
@Component
@RequiredArgsConstructor
public class CatalogueStore {

	private static final String COLUMNS = """
			s.id as service_id, s.code, s.utility, v.id, v.effective_from, v.document_number, v.document_date,
			v.definition::text as definition, v.status, v.created_by, v.created_at, v.published_by, v.version
			from catalogue_service s join catalogue_version v on v.service_id = s.id
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	/** The published version of every service in force on a day, in catalogue order. */
	public List<CatalogueEntry> inForce(LocalDate day) {
		return this.jdbc.sql("select distinct on (s.position, s.id) " + COLUMNS + """
				where v.status = 'PUBLISHED' and v.effective_from <= ?
				order by s.position, s.id, v.effective_from desc
				""").param(day).query(CatalogueStore::entry).list();
	}

	/** Every version of a service, newest effective date first. */
	public List<CatalogueEntry> versions(String code) {
		return this.jdbc.sql("select " + COLUMNS + " where s.code = ? order by v.effective_from desc, v.id desc")
			.param(code)
			.query(CatalogueStore::entry)
			.list();
	}

	public Optional<CatalogueEntry> version(long id) {
		return this.jdbc.sql("select " + COLUMNS + " where v.id = ?").param(id).query(CatalogueStore::entry).optional();
	}

	public Optional<Long> serviceId(String code) {
		return this.jdbc.sql("select id from catalogue_service where code = ?")
			.param(code)
			.query(Long.class)
			.optional();
	}

	public long insertDraft(long serviceId, LocalDate effectiveFrom, String documentNumber, LocalDate documentDate,
			ServiceDefinition definition, String by, Instant at) {
		return this.jdbc.sql("""
				insert into catalogue_version (service_id, effective_from, document_number, document_date, definition,
				    status, created_by, created_at)
				values (?, ?, ?, ?, ?::jsonb, 'DRAFT', ?, ?) returning id
				""")
			.params(serviceId, effectiveFrom, documentNumber, documentDate, JSON.writeValueAsString(definition), by,
					OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/**
	 * Saves a draft made from the given version and records its editor (four eyes); false
	 * when it changed or is published.
	 */
	public boolean updateDraft(long id, long version, LocalDate effectiveFrom, String documentNumber,
			LocalDate documentDate, ServiceDefinition definition, String editor) {
		return this.jdbc.sql("""
				update catalogue_version set effective_from = ?, document_number = ?, document_date = ?,
				    definition = ?::jsonb, version = version + 1,
				    edited_by = case when ? = any (edited_by) then edited_by else array_append(edited_by, ?) end
				where id = ? and version = ? and status = 'DRAFT'
				""")
			.params(effectiveFrom, documentNumber, documentDate, JSON.writeValueAsString(definition), editor, editor,
					id, version)
			.update() == 1;
	}

	/** Who edited a version after its author (user names, in order). */
	public List<String> editors(long id) {
		return this.jdbc.sql("select unnest(edited_by) from catalogue_version where id = ?")
			.param(id)
			.query(String.class)
			.list();
	}

	/** Publishes a draft made from the given version; false when it changed meanwhile. */
	public boolean publish(long id, long version, String by, Instant at) {
		return this.jdbc.sql("""
				update catalogue_version set status = 'PUBLISHED', published_by = ?, published_at = ?,
				    version = version + 1
				where id = ? and version = ? and status = 'DRAFT'
				""").params(by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id, version).update() == 1;
	}

	public boolean discardDraft(long id, long version) {
		return this.jdbc.sql("delete from catalogue_version where id = ? and version = ? and status = 'DRAFT'")
			.params(id, version)
			.update() == 1;
	}

	/** Whether a published version of the service already starts on that day. */
	public boolean publishedOn(long serviceId, LocalDate day) {
		return this.jdbc
			.sql("select count(*) from catalogue_version where service_id = ? and effective_from = ? "
					+ "and status = 'PUBLISHED'")
			.params(serviceId, day)
			.query(Long.class)
			.single() > 0;
	}

	private static CatalogueEntry entry(ResultSet row, int index) throws SQLException {
		return new CatalogueEntry(row.getLong("service_id"), row.getString("code"),
				Utility.valueOf(row.getString("utility")), row.getLong("id"),
				row.getObject("effective_from", LocalDate.class), row.getString("document_number"),
				row.getObject("document_date", LocalDate.class),
				JSON.readValue(row.getString("definition"), ServiceDefinition.class),
				"PUBLISHED".equals(row.getString("status")), row.getString("created_by"),
				row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getString("published_by"),
				row.getLong("version"));
	}

}
