package org.utilityportal.metering;

import org.utilityportal.tariff.Consumption;

/**
 * A reading with the consumption since the reading before it, for history tables.
 *
 * @param reading the reading
 * @param consumption consumed since the previous reading, {@code null} for the first one
 */
public record ReadingRow(Reading reading, Consumption consumption) {

	/** Rows for readings given newest first; the oldest has no consumption. */
	public static java.util.List<ReadingRow> of(java.util.List<Reading> newestFirst) {
		java.util.List<ReadingRow> rows = new java.util.ArrayList<>();
		for (int i = 0; i < newestFirst.size(); i++) {
			Reading reading = newestFirst.get(i);
			Consumption consumption = (i + 1 < newestFirst.size()) ? reading.consumptionSince(newestFirst.get(i + 1))
					: null;
			rows.add(new ReadingRow(reading, consumption));
		}
		return rows;
	}

}
