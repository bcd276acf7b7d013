package org.utilityportal.tariff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The power-factor adjustment (力调电费) of the national rules: 水利电力部、国家物价局 《功率因数调整电费办法》,
 * (83)水电财字第215号, 2 December 1983. An account assessed against a standard of 0.90, 0.85 or
 * 0.80 pays its basic and energy charges increased or reduced by the percentage the
 * document's table gives for the month's average power factor.
 * <p>
 * The table is data, read from {@code classpath:tariff/power-factor-adjustment.csv} (one
 * row per factor from 1.00 down to 0.26, one column per standard); below the last row
 * each 0.01 adds two more percentage points, as the document says for low factors. The
 * factor is active ÷ √(active² + reactive²), "取小数后二位, 二位以后四舍五入" (two decimals, half up).
 */
public final class PowerFactorAdjustment {

	private static final String TABLE = "/tariff/power-factor-adjustment.csv";

	private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

	private static final BigDecimal LOW_STEP = new BigDecimal("2");

	private static final Table TABLE_ROWS = Table.load();

	private PowerFactorAdjustment() {
	}

	/**
	 * The standards the table has columns for.
	 */
	public static List<BigDecimal> standards() {
		return TABLE_ROWS.standards();
	}

	/**
	 * The period's average power factor from its active and reactive energy, two
	 * decimals, half up; {@code null} when nothing was consumed at all.
	 * @param activeKwh active energy, kWh
	 * @param reactiveKvarh reactive energy, kvarh
	 */
	public static BigDecimal factor(BigDecimal activeKwh, BigDecimal reactiveKvarh) {
		if (activeKwh.signum() == 0 && reactiveKvarh.signum() == 0) {
			return null;
		}
		BigDecimal apparent = activeKwh.pow(2).add(reactiveKvarh.pow(2)).sqrt(MathContext.DECIMAL64);
		return activeKwh.divide(apparent, 2, RoundingMode.HALF_UP);
	}

	/**
	 * The adjustment in percent for a factor under a standard: negative is a reduction.
	 * @param standard 0.90, 0.85 or 0.80
	 * @param factor the period's average power factor, two decimals
	 * @throws IllegalArgumentException for a standard the table does not have
	 */
	public static BigDecimal percent(BigDecimal standard, BigDecimal factor) {
		Map<BigDecimal, BigDecimal> column = TABLE_ROWS.columns().get(standard.setScale(2));
		if (column == null) {
			throw new IllegalArgumentException("No power-factor standard " + standard);
		}
		BigDecimal rounded = factor.setScale(2, RoundingMode.HALF_UP);
		BigDecimal listed = column.get(rounded);
		if (listed != null) {
			return listed;
		}
		BigDecimal lowest = TABLE_ROWS.lowest();
		int below = lowest.subtract(rounded).divide(HUNDREDTH).intValueExact();
		return column.get(lowest).add(LOW_STEP.multiply(BigDecimal.valueOf(below)));
	}

	/** The table: columns per standard, rows per factor, and the lowest factor listed. */
	private record Table(List<BigDecimal> standards, Map<BigDecimal, Map<BigDecimal, BigDecimal>> columns,
			BigDecimal lowest) {

		static Table load() {
			try (InputStream in = PowerFactorAdjustment.class.getResourceAsStream(TABLE);
					BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				List<String> lines = reader.lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).toList();
				List<BigDecimal> standards = List.of(lines.getFirst().split(","))
					.subList(1, 4)
					.stream()
					.map(BigDecimal::new)
					.toList();
				Map<BigDecimal, Map<BigDecimal, BigDecimal>> columns = new HashMap<>();
				standards.forEach((standard) -> columns.put(standard, new HashMap<>()));
				BigDecimal lowest = BigDecimal.ONE;
				for (String line : lines.subList(1, lines.size())) {
					String[] cells = line.split(",");
					BigDecimal factor = new BigDecimal(cells[0]);
					for (int i = 0; i < standards.size(); i++) {
						columns.get(standards.get(i)).put(factor, new BigDecimal(cells[i + 1]));
					}
					lowest = lowest.min(factor);
				}
				return new Table(standards, columns, lowest);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
