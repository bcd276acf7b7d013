package org.utilityportal.dataimport.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.utilityportal.customer.CustomerKind;
import org.utilityportal.customer.IdType;
import org.utilityportal.customer.IdentityDocuments;
import org.utilityportal.customer.ImportedCustomer;
import org.utilityportal.customer.MobileNumbers;
import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;

/**
 * Turns one row into what the import writes, or says field by field what is wrong: codes
 * (ELECTRICITY) or the Chinese names a legacy system prints (电力), dates as 2026-10-31 or
 * 2026/10/31, checksums of identity numbers and credit codes, a tariff for the utility
 * and category, a reading not before the account opened. Checks across rows and against
 * the database are {@link FileCheck}'s.
 */
public final class RowParser {

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("居民", "RESIDENTIAL"),
			Map.entry("商业", "COMMERCIAL"), Map.entry("工业", "INDUSTRIAL"), Map.entry("大工业", "LARGE_INDUSTRY"),
			Map.entry("农村", "RURAL"), Map.entry("农业", "AGRICULTURAL"), Map.entry("身份证", "RESIDENT_ID"),
			Map.entry("居民身份证", "RESIDENT_ID"), Map.entry("统一社会信用代码", "CREDIT_CODE"), Map.entry("电", "ELECTRICITY"),
			Map.entry("电力", "ELECTRICITY"), Map.entry("水", "WATER"), Map.entry("供水", "WATER"), Map.entry("气", "GAS"),
			Map.entry("燃气", "GAS"), Map.entry("月", "MONTHLY"), Map.entry("按月", "MONTHLY"), Map.entry("季", "QUARTERLY"),
			Map.entry("按季", "QUARTERLY"), Map.entry("年", "ANNUAL"), Map.entry("按年", "ANNUAL"));

	private final Set<String> tariffs;

	private final LocalDate today;

	/**
	 * @param tariffs the tariffs in use, as {@code UTILITY/CATEGORY}
	 * @param today the business day (nothing may happen after it)
	 */
	public RowParser(Set<String> tariffs, LocalDate today) {
		this.tariffs = tariffs;
		this.today = today;
	}

	/**
	 * What one row says, when every field is right.
	 *
	 * @param customer the customer and account
	 * @param readingDate the day of the opening reading
	 * @param reading the opening register value
	 * @param balance the opening balance (zero for none)
	 * @param balanceSince the day arrears are counted from
	 * @param yearToDate what the legacy system had counted of the allowance year,
	 * {@code null} when the row has none
	 */
	public record Parsed(ImportedCustomer customer, LocalDate readingDate, BigDecimal reading, BigDecimal balance,
			LocalDate balanceSince, YearToDate yearToDate) {
	}

	/**
	 * The consumption of a calendar year up to a day, for annual step allowances.
	 *
	 * @param quantity kWh or m³, scale 3
	 * @param until the last day it counts: the opening reading's day unless the row says
	 * otherwise (never after it, always in its year)
	 */
	public record YearToDate(BigDecimal quantity, LocalDate until) {
	}

	/** Parses a row; the rejections go to {@code problems} (empty result when any). */
	public java.util.Optional<Parsed> parse(LegacyFile.Row row, List<Rejection> problems) {
		List<Rejection> found = new ArrayList<>();
		long line = row.lineNumber();
		for (Column column : Column.values()) {
			if (column.required() && row.get(column).isEmpty()) {
				found.add(Rejection.of(line, column, "import.error.required"));
			}
		}
		String name = text(row, Column.CUSTOMER_NAME, 100, found);
		CustomerKind kind = choice(row, Column.CUSTOMER_KIND, CustomerKind.class, found);
		IdType idType = choice(row, Column.ID_TYPE, IdType.class, found);
		String idNumber = IdentityDocuments.normalise(row.get(Column.ID_NUMBER));
		if (idType != null && !idNumber.isEmpty()
				&& !((idType == IdType.CREDIT_CODE) ? IdentityDocuments.isValidCreditCode(idNumber)
						: IdentityDocuments.isValidResidentId(idNumber, this.today))) {
			found.add(Rejection.of(line, Column.ID_NUMBER,
					(idType == IdType.CREDIT_CODE) ? "import.error.creditCode" : "import.error.residentId", idNumber));
		}
		String mobile = MobileNumbers.normalise(row.get(Column.MOBILE));
		if (!mobile.isEmpty() && !MobileNumbers.isValid(mobile)) {
			found.add(Rejection.of(line, Column.MOBILE, "import.error.mobile", row.get(Column.MOBILE)));
		}
		String address = text(row, Column.ADDRESS, 200, found);
		Utility utility = choice(row, Column.UTILITY, Utility.class, found);
		if (utility == Utility.METRO) {
			found.add(Rejection.of(line, Column.UTILITY, "import.error.metro"));
		}
		// Upper case, as customers type it when they register with the number of an old
		// bill.
		String legacy = text(row, Column.LEGACY_ACCOUNT, 32, found).toUpperCase(Locale.ROOT);
		if (!legacy.isEmpty() && !legacy.matches("[0-9A-Za-z][0-9A-Za-z_-]*")) {
			found.add(Rejection.of(line, Column.LEGACY_ACCOUNT, "import.error.legacyAccount", legacy));
		}
		String serviceAddress = text(row, Column.SERVICE_ADDRESS, 200, found);
		String meter = text(row, Column.METER_NUMBER, 32, found).toUpperCase(Locale.ROOT);
		TariffCategory category = choice(row, Column.TARIFF_CATEGORY, TariffCategory.class, found);
		if (utility != null && utility != Utility.METRO && category != null
				&& !this.tariffs.contains(utility.name() + "/" + category.name())) {
			found.add(Rejection.of(line, Column.TARIFF_CATEGORY, "import.error.noTariff", row.get(Column.UTILITY),
					row.get(Column.TARIFF_CATEGORY)));
		}
		BillingCycle cycle = choice(row, Column.BILLING_CYCLE, BillingCycle.class, found);
		LocalDate opened = date(row, Column.OPENED_ON, found);
		LocalDate readOn = date(row, Column.READING_DATE, found);
		if (opened != null && readOn != null && readOn.isBefore(opened)) {
			found.add(Rejection.of(line, Column.READING_DATE, "import.error.readingBeforeOpening", readOn, opened));
		}
		BigDecimal reading = number(row, Column.READING, 3, false, "import.error.reading", found);
		BigDecimal balance = number(row, Column.BALANCE, 2, true, "import.error.money", found);
		LocalDate since = row.get(Column.BALANCE_SINCE).isEmpty() ? readOn : date(row, Column.BALANCE_SINCE, found);
		if (balance != null && balance.signum() > 0 && row.get(Column.BALANCE_SINCE).isEmpty()) {
			found.add(Rejection.of(line, Column.BALANCE_SINCE, "import.error.balanceSince"));
		}
		YearToDate yearToDate = yearToDate(row, readOn, found);
		problems.addAll(found);
		if (!found.isEmpty()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new Parsed(
				new ImportedCustomer(name, kind, idType, idNumber, mobile, address, utility, legacy, serviceAddress,
						meter, category, cycle, opened),
				readOn, reading, (balance != null) ? balance : BigDecimal.ZERO, since, yearToDate));
	}

	/**
	 * The year-to-date consumption of a row, if it has one. It must count up to the
	 * opening reading at most (what follows is billed by the portal) and within that
	 * reading's year (the only year whose steps it can count toward).
	 */
	private YearToDate yearToDate(LegacyFile.Row row, LocalDate readOn, List<Rejection> found) {
		BigDecimal quantity = number(row, Column.YEAR_TO_DATE, 3, false, "import.error.yearToDate", found);
		boolean until = !row.get(Column.YEAR_TO_DATE_UNTIL).isEmpty();
		if (until && row.get(Column.YEAR_TO_DATE).isEmpty()) {
			found.add(Rejection.of(row.lineNumber(), Column.YEAR_TO_DATE, "import.error.yearToDateMissing"));
		}
		LocalDate day = until ? date(row, Column.YEAR_TO_DATE_UNTIL, found) : readOn;
		if (quantity == null || day == null || readOn == null) {
			return null;
		}
		if (day.isAfter(readOn)) {
			found.add(Rejection.of(row.lineNumber(), Column.YEAR_TO_DATE_UNTIL, "import.error.yearToDateAfterReading",
					day, readOn));
		}
		else if (day.getYear() != readOn.getYear()) {
			found.add(Rejection.of(row.lineNumber(), Column.YEAR_TO_DATE_UNTIL, "import.error.yearToDateYear", day,
					readOn.getYear()));
		}
		return new YearToDate(quantity, day);
	}

	private static String text(LegacyFile.Row row, Column column, int max, List<Rejection> found) {
		String value = row.get(column).strip();
		if (value.length() > max) {
			found.add(Rejection.of(row.lineNumber(), column, "import.error.tooLong", max));
		}
		return value;
	}

	private static <E extends Enum<E>> E choice(LegacyFile.Row row, Column column, Class<E> type,
			List<Rejection> found) {
		String value = row.get(column).strip();
		if (value.isEmpty()) {
			return null;
		}
		String code = NAMES.getOrDefault(value, value.toUpperCase(Locale.ROOT));
		try {
			return Enum.valueOf(type, code);
		}
		catch (IllegalArgumentException ex) {
			found.add(Rejection.of(row.lineNumber(), column, "import.error.unknownValue", value));
			return null;
		}
	}

	private LocalDate date(LegacyFile.Row row, Column column, List<Rejection> found) {
		String value = row.get(column).strip();
		if (value.isEmpty()) {
			return null;
		}
		LocalDate date;
		try {
			date = value.contains("/") ? LocalDate.parse(value, SLASHED) : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			found.add(Rejection.of(row.lineNumber(), column, "import.error.date", value));
			return null;
		}
		if (date.isAfter(this.today)) {
			found.add(Rejection.of(row.lineNumber(), column, "import.error.future", value));
		}
		return date;
	}

	private static BigDecimal number(LegacyFile.Row row, Column column, int scale, boolean signed, String error,
			List<Rejection> found) {
		String value = row.get(column).strip().replace(",", "");
		if (value.isEmpty()) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(value);
			if (number.scale() > scale || number.abs().compareTo(new BigDecimal("1E10")) >= 0
					|| (!signed && number.signum() < 0)) {
				throw new NumberFormatException(value);
			}
			return number.setScale(scale);
		}
		catch (NumberFormatException ex) {
			found.add(Rejection.of(row.lineNumber(), column, error, value));
			return null;
		}
	}

}
