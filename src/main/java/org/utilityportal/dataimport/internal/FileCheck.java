package org.utilityportal.dataimport.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.utilityportal.customer.CustomerImports;
import org.utilityportal.customer.ImportedCustomer;

/**
 * Checks the rows of one file against each other and against what the portal holds, a
 * chunk at a time (three lookups per chunk, not per row): an account number of the legacy
 * system twice in the file, a meter on two accounts, one identity number with two
 * different names, an identity number a different customer holds, a meter on an open
 * account of the portal. An account imported by an earlier run of the same file is not an
 * error: the import leaves it as it is.
 */
public final class FileCheck {

	private static final int CHUNK = 20_000;

	private final RowParser parser;

	private final CustomerImports customers;

	private final Consumer<Rejection> rejections;

	private final Consumer<RowParser.Parsed> accepted;

	private final Map<String, Long> accountLines = new HashMap<>();

	private final Map<String, Long> meterLines = new HashMap<>();

	private final Map<String, Customer> customerLines = new HashMap<>();

	private final List<Pending> chunk = new ArrayList<>(CHUNK);

	private long rows;

	private long rejectedRows;

	/**
	 * @param rejections where each refused field goes
	 * @param accepted where each row goes that passed every check
	 */
	public FileCheck(RowParser parser, CustomerImports customers, Consumer<Rejection> rejections,
			Consumer<RowParser.Parsed> accepted) {
		this.parser = parser;
		this.customers = customers;
		this.rejections = rejections;
		this.accepted = accepted;
	}

	/** Checks a row (the database part when its chunk is full). */
	public void accept(LegacyFile.Row row) {
		this.rows++;
		List<Rejection> problems = new ArrayList<>();
		RowParser.Parsed parsed = this.parser.parse(row, problems).orElse(null);
		if (parsed != null) {
			acrossRows(row.lineNumber(), parsed.customer(), problems);
		}
		this.chunk.add(new Pending(row.lineNumber(), parsed, problems));
		if (this.chunk.size() >= CHUNK) {
			flush();
		}
	}

	/** Checks what is left; call once after the last row. */
	public void finish() {
		flush();
	}

	/** Rows seen. */
	public long rows() {
		return this.rows;
	}

	/** Rows with at least one rejection. */
	public long rejectedRows() {
		return this.rejectedRows;
	}

	private void acrossRows(long line, ImportedCustomer row, List<Rejection> problems) {
		Long earlier = this.accountLines.putIfAbsent(row.accountKey(), line);
		if (earlier != null) {
			problems.add(Rejection.of(line, Column.LEGACY_ACCOUNT, "import.error.duplicateAccount", row.legacyNumber(),
					earlier));
		}
		String meter = CustomerImports.meterKey(row.utility(), row.meterNumber());
		Long meterLine = this.meterLines.putIfAbsent(meter, line);
		if (meterLine != null && earlier == null) {
			problems.add(Rejection.of(line, Column.METER_NUMBER, "import.error.duplicateMeter", row.meterNumber(),
					meterLine));
		}
		Customer seen = this.customerLines.putIfAbsent(row.idNumber(), new Customer(line, row));
		if (seen != null && !seen.sameAs(row)) {
			problems.add(Rejection.of(line, Column.CUSTOMER_NAME, "import.error.customerDiffers", row.idNumber(),
					seen.line()));
		}
	}

	private void flush() {
		List<ImportedCustomer> valid = this.chunk.stream()
			.filter((pending) -> pending.parsed() != null && pending.problems().isEmpty())
			.map((pending) -> pending.parsed().customer())
			.toList();
		CustomerImports.Existing existing = this.customers.existing(
				valid.stream().map(ImportedCustomer::idNumber).distinct().toList(),
				valid.stream().map(ImportedCustomer::accountKey).toList(),
				valid.stream().map((row) -> CustomerImports.meterKey(row.utility(), row.meterNumber())).toList());
		for (Pending pending : this.chunk) {
			if (pending.parsed() != null && pending.problems().isEmpty()) {
				againstPortal(pending, existing);
			}
			if (pending.problems().isEmpty()) {
				this.accepted.accept(pending.parsed());
			}
			else {
				this.rejectedRows++;
				pending.problems().forEach(this.rejections);
			}
		}
		this.chunk.clear();
	}

	private static void againstPortal(Pending pending, CustomerImports.Existing existing) {
		ImportedCustomer row = pending.parsed().customer();
		String holder = existing.customerNames().get(row.idNumber());
		if (holder != null && !holder.equals(row.name())) {
			pending.problems()
				.add(Rejection.of(pending.line(), Column.ID_NUMBER, "import.error.idNumberTaken", row.idNumber(),
						holder));
		}
		String meterHolder = existing.meterHolders().get(CustomerImports.meterKey(row.utility(), row.meterNumber()));
		if (meterHolder != null && !meterHolder.equals(row.accountKey())) {
			pending.problems()
				.add(Rejection.of(pending.line(), Column.METER_NUMBER, "import.error.meterInUse", row.meterNumber()));
		}
	}

	private record Pending(long line, RowParser.Parsed parsed, List<Rejection> problems) {
	}

	/** The customer columns first seen for an identity number. */
	private record Customer(long line, String name, String kind, String idType) {

		Customer(long line, ImportedCustomer row) {
			this(line, row.name(), row.kind().name(), row.idType().name());
		}

		boolean sameAs(ImportedCustomer row) {
			return this.name.equals(row.name()) && this.kind.equals(row.kind().name())
					&& this.idType.equals(row.idType().name());
		}

	}

}
