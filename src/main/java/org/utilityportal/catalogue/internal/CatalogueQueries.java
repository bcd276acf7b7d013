package org.utilityportal.catalogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * Services and their versions as pages and orders read them, projected with the service's
 * code and utility; what a version offers is a JSON document. Versions change through
 * {@link ServiceVersion}.
 */
@Component
@RequiredArgsConstructor
public class CatalogueQueries {

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
				""").param(day).query(CatalogueQueries::entry).list();
	}

	/** Every version of a service, newest effective date first. */
	public List<CatalogueEntry> versions(String code) {
		return this.jdbc.sql("select " + COLUMNS + " where s.code = ? order by v.effective_from desc, v.id desc")
			.param(code)
			.query(CatalogueQueries::entry)
			.list();
	}

	public Optional<CatalogueEntry> version(long id) {
		return this.jdbc.sql("select " + COLUMNS + " where v.id = ?")
			.param(id)
			.query(CatalogueQueries::entry)
			.optional();
	}

	public Optional<Long> serviceId(String code) {
		return this.jdbc.sql("select id from catalogue_service where code = ?")
			.param(code)
			.query(Long.class)
			.optional();
	}

	/** Every service, in catalogue order. */
	public List<ServiceRow> services() {
		return this.jdbc.sql("select id, code, utility from catalogue_service order by position, id")
			.query((row, index) -> new ServiceRow(row.getLong("id"), row.getString("code"),
					Utility.valueOf(row.getString("utility"))))
			.list();
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

	/**
	 * A service without its versions.
	 *
	 * @param id the service
	 * @param code its code
	 * @param utility its utility
	 */
	public record ServiceRow(long id, String code, Utility utility) {
	}

}
