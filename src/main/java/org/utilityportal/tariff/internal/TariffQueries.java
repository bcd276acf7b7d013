package org.utilityportal.tariff.internal;

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
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.tariff.TariffStructure;
import org.utilityportal.tariff.TariffVersionView;

/**
 * Tariffs and their versions as pages and pricing read them; the prices of a version are
 * a JSON document. Versions change through {@link TariffVersion}.
 */
@Component
@RequiredArgsConstructor
public class TariffQueries {

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
			.query(TariffQueries::version)
			.list();
	}

	public Optional<TariffVersionView> version(long id) {
		return this.jdbc.sql("select " + VERSION_COLUMNS + " from tariff_version where id = ?")
			.param(id)
			.query(TariffQueries::version)
			.optional();
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

	/** A tariff without its versions. */
	public record TariffRow(long id, Utility utility, TariffCategory category, String nameZh, String nameEn) {
	}

}
