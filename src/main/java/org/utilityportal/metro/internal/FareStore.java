package org.utilityportal.metro.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.metro.FareTable;
import org.utilityportal.metro.FareVersionView;
import org.utilityportal.metro.MonthlyDiscount;
import org.utilityportal.shared.money.Money;

/** Metro fare versions and their bands in PostgreSQL. */
@Component
@RequiredArgsConstructor
public class FareStore {

	private final JdbcClient jdbc;

	/** Every version, newest effective date first. */
	public List<FareVersionView> versions() {
		Map<Long, List<FareTable.Band>> bands = new HashMap<>();
		this.jdbc.sql("select fare_version_id, up_to_km, fare from metro_fare_band order by fare_version_id, position")
			.query((row, index) -> bands.computeIfAbsent(row.getLong(1), (id) -> new ArrayList<>())
				.add(new FareTable.Band(row.getBigDecimal(2), new Money(row.getBigDecimal(3)))))
			.list();
		Map<Long, List<MonthlyDiscount.Step>> discounts = new HashMap<>();
		this.jdbc
			.sql("select fare_version_id, from_spent, rate from metro_fare_discount order by fare_version_id, position")
			.query((row, index) -> discounts.computeIfAbsent(row.getLong(1), (id) -> new ArrayList<>())
				.add(new MonthlyDiscount.Step(new Money(row.getBigDecimal(2)),
						row.getBigDecimal(3).stripTrailingZeros())))
			.list();
		return this.jdbc.sql("""
				select id, effective_from, document_number, document_date, extra_step_km, extra_step_fare, status,
				       created_by, created_at, published_by, published_at, version
				from metro_fare_version order by effective_from desc, id desc
				""")
			.query((row, index) -> view(row, bands.getOrDefault(row.getLong("id"), List.of()),
					new MonthlyDiscount(discounts.getOrDefault(row.getLong("id"), List.of()))))
			.list();
	}

	/**
	 * Saves a draft with its bands.
	 * @return its id
	 */
	public long insertDraft(LocalDate effectiveFrom, String documentNumber, LocalDate documentDate, FareTable table,
			MonthlyDiscount discount, String createdBy, Instant at) {
		long id = this.jdbc.sql("""
				insert into metro_fare_version (effective_from, document_number, document_date, extra_step_km,
				    extra_step_fare, status, created_by, created_at)
				values (?, ?, ?, ?, ?, 'DRAFT', ?, ?) returning id
				""")
			.params(effectiveFrom, documentNumber, documentDate, table.extraStepKm(), table.extraStepFare().amount(),
					createdBy, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.query(Long.class)
			.single();
		for (int i = 0; i < table.bands().size(); i++) {
			FareTable.Band band = table.bands().get(i);
			this.jdbc.sql("insert into metro_fare_band (fare_version_id, position, up_to_km, fare) values (?, ?, ?, ?)")
				.params(id, i + 1, band.upToKm(), band.fare().amount())
				.update();
		}
		for (int i = 0; i < discount.steps().size(); i++) {
			MonthlyDiscount.Step step = discount.steps().get(i);
			this.jdbc.sql(
					"insert into metro_fare_discount (fare_version_id, position, from_spent, rate) values (?, ?, ?, ?)")
				.params(id, i + 1, step.fromSpent().amount(), step.rate())
				.update();
		}
		return id;
	}

	/** Publishes a draft seen at this version; false when it changed meanwhile. */
	public boolean publish(long id, long version, String officer, Instant at) {
		return this.jdbc.sql("""
				update metro_fare_version set status = 'PUBLISHED', published_by = ?, published_at = ?,
				    version = version + 1
				where id = ? and version = ? and status = 'DRAFT'
				""").params(officer, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id, version).update() == 1;
	}

	/** Throws a draft away; false when it changed or was published meanwhile. */
	public boolean discard(long id, long version) {
		return this.jdbc.sql("delete from metro_fare_version where id = ? and version = ? and status = 'DRAFT'")
			.params(id, version)
			.update() == 1;
	}

	private static FareVersionView view(ResultSet row, List<FareTable.Band> bands, MonthlyDiscount discount)
			throws SQLException {
		OffsetDateTime published = row.getObject("published_at", OffsetDateTime.class);
		return new FareVersionView(row.getLong("id"), row.getObject("effective_from", LocalDate.class),
				row.getString("document_number"), row.getObject("document_date", LocalDate.class),
				new FareTable(bands, row.getBigDecimal("extra_step_km"),
						new Money(row.getBigDecimal("extra_step_fare"))),
				"PUBLISHED".equals(row.getString("status")), row.getString("created_by"),
				row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getString("published_by"),
				(published != null) ? published.toInstant() : null, row.getLong("version"), discount);
	}

}
