package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.utilityportal.shared.money.Rounding;

/**
 * Shares the steps of a stepped time-of-use tariff between the time-of-use periods: each
 * step's quantity is split in proportion to the period's band readings, rounded to the
 * meter's resolution (see {@link Rounding#quantity}); the last band of each step takes
 * the step's remainder and the last step of each band takes the band's remainder, so
 * every step total and every band total is kept exactly. When that leaves the last cell
 * below zero (only possible for quantities of a few thousandths), a thousandth at a time
 * is moved around a rectangle of cells, which keeps all totals.
 */
final class BandSplit {

	private static final BigDecimal RESOLUTION = BigDecimal.ONE.movePointLeft(Rounding.QUANTITY_SCALE);

	private BandSplit() {
	}

	/**
	 * The quantity of each step in each band: {@code result[step][band]}.
	 * @param steps the quantity of each step, summing to the same as {@code bands}
	 * @param bands the quantity of each band
	 */
	static BigDecimal[][] split(List<BigDecimal> steps, List<BigDecimal> bands) {
		int rows = steps.size();
		int columns = bands.size();
		BigDecimal total = bands.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal[][] cells = new BigDecimal[rows][columns];
		BigDecimal[] columnGiven = new BigDecimal[columns];
		java.util.Arrays.fill(columnGiven, BigDecimal.ZERO);
		for (int row = 0; row < rows; row++) {
			BigDecimal rowGiven = BigDecimal.ZERO;
			for (int column = 0; column < columns; column++) {
				BigDecimal cell;
				if (row == rows - 1) {
					cell = bands.get(column).subtract(columnGiven[column]);
				}
				else if (column == columns - 1) {
					cell = steps.get(row).subtract(rowGiven);
				}
				else {
					cell = (total.signum() == 0) ? BigDecimal.ZERO : Rounding
						.quantity(steps.get(row).multiply(bands.get(column)).divide(total, MathContext.DECIMAL64));
				}
				cells[row][column] = cell;
				rowGiven = rowGiven.add(cell);
				columnGiven[column] = columnGiven[column].add(cell);
			}
		}
		repairNegativeCells(cells);
		return cells;
	}

	private static void repairNegativeCells(BigDecimal[][] cells) {
		for (int row = 0; row < cells.length; row++) {
			for (int column = 0; column < cells[row].length; column++) {
				while (cells[row][column].signum() < 0) {
					moveOneResolution(cells, row, column);
				}
			}
		}
	}

	/**
	 * Raises a negative cell by one resolution: lowers a positive cell in its row and one
	 * in its column, and raises the cell where their column and row cross.
	 */
	private static void moveOneResolution(BigDecimal[][] cells, int row, int column) {
		for (int otherColumn = 0; otherColumn < cells[row].length; otherColumn++) {
			if (cells[row][otherColumn].compareTo(RESOLUTION) < 0) {
				continue;
			}
			for (int otherRow = 0; otherRow < cells.length; otherRow++) {
				if (otherRow != row && cells[otherRow][column].compareTo(RESOLUTION) >= 0) {
					cells[row][column] = cells[row][column].add(RESOLUTION);
					cells[row][otherColumn] = cells[row][otherColumn].subtract(RESOLUTION);
					cells[otherRow][column] = cells[otherRow][column].subtract(RESOLUTION);
					cells[otherRow][otherColumn] = cells[otherRow][otherColumn].add(RESOLUTION);
					return;
				}
			}
		}
		throw new IllegalStateException("Steps and bands do not add up to the same quantity");
	}

}
