package org.utilityportal.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Quantity;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.shared.money.UnitPrice;
import org.utilityportal.tariff.ChargeLine;
import org.utilityportal.tariff.LineKind;
import org.utilityportal.tariff.TariffStructure;

/** Reading bill lines back from {@code bill_line}. */
public final class BillLines {

	/** The columns {@link #map} reads. */
	public static final String COLUMNS = "kind, step, band, season, name_zh, name_en, quantity, unit, unit_price, amount, "
			+ "tariff_version_id, document_number, covers_from, covers_to, power_factor, power_factor_standard";

	private BillLines() {
	}

	public static ChargeLine map(ResultSet row, int index) throws SQLException {
		Unit unit = Unit.valueOf(row.getString("unit"));
		String band = row.getString("band");
		java.math.BigDecimal standard = row.getBigDecimal("power_factor_standard");
		return new ChargeLine(LineKind.valueOf(row.getString("kind")), row.getInt("step"),
				(band != null) ? TariffStructure.Band.valueOf(band) : null, row.getBoolean("season"),
				row.getString("name_zh"), row.getString("name_en"), new Quantity(row.getBigDecimal("quantity"), unit),
				new UnitPrice(row.getBigDecimal("unit_price").stripTrailingZeros(), unit),
				new Money(row.getBigDecimal("amount")), row.getLong("tariff_version_id"),
				row.getString("document_number"), row.getObject("covers_from", LocalDate.class),
				row.getObject("covers_to", LocalDate.class),
				(standard != null) ? new ChargeLine.PowerFactor(row.getBigDecimal("power_factor"), standard) : null);
	}

}
