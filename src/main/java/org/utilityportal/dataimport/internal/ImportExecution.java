package org.utilityportal.dataimport.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import lombok.extern.slf4j.Slf4j;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.billing.OpeningBalances;
import org.utilityportal.billing.OpeningYearConsumptions;
import org.utilityportal.customer.CustomerImports;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.shared.money.Money;
import org.utilityportal.tariff.Tariffs;

/**
 * Runs dry runs and imports on a thread of their own (the page answers at once and shows
 * the progress). A dry run checks every row and keeps the rejections; an import checks
 * the file again (the portal may have changed since) and writes it in one transaction:
 * customers and accounts, opening readings, opening balances and year-to-date
 * consumption, through their modules' facades. Any failure rolls the whole file back.
 */
@Slf4j
@Component
public class ImportExecution {

	private static final int PROGRESS_EVERY = 20_000;

	private final ImportRunRepository runs;

	private final ImportProgressWriter progress;

	private final CustomerImports customers;

	private final MeterReadings readings;

	private final OpeningBalances balances;

	private final OpeningYearConsumptions yearToDate;

	private final Tariffs tariffs;

	private final PlatformTransactionManager transactions;

	private final Clock clock;

	private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("import-");

	ImportExecution(ImportRunRepository runs, ImportProgressWriter progress, CustomerImports customers,
			MeterReadings readings, OpeningBalances balances, OpeningYearConsumptions yearToDate, Tariffs tariffs,
			PlatformTransactionManager transactions, Clock clock) {
		this.runs = runs;
		this.progress = progress;
		this.customers = customers;
		this.readings = readings;
		this.balances = balances;
		this.yearToDate = yearToDate;
		this.tariffs = tariffs;
		this.transactions = transactions;
		this.clock = clock;
		this.executor.setVirtualThreads(true);
	}

	/**
	 * Starts a dry run in the background (the run is marked checking before this
	 * returns).
	 */
	public void check(long runId) {
		ImportRun run = inTransaction(() -> {
			ImportRun loaded = this.runs.findById(runId).orElseThrow();
			loaded.startCheck(countRows(Path.of(loaded.getStoredPath())), this.clock.instant());
			return this.runs.saveAndFlush(loaded);
		});
		this.executor.execute(() -> guarded(runId, () -> dryRun(run)));
	}

	/**
	 * Starts the import in the background (the run is marked importing before this
	 * returns).
	 */
	public void importFile(long runId, String by) {
		ImportRun run = inTransaction(() -> {
			ImportRun loaded = this.runs.findById(runId).orElseThrow();
			loaded.startImport(this.clock.instant());
			return this.runs.saveAndFlush(loaded);
		});
		this.executor.execute(() -> guarded(runId, () -> write(run, by)));
	}

	private void dryRun(ImportRun run) {
		this.progress.clearRejections(run.getId());
		Rejections rejected = new Rejections(run.getId());
		FileCheck check = new FileCheck(parser(), this.customers, rejected, (row) -> {
		});
		LegacyFile.Header header = LegacyFile.read(Path.of(run.getStoredPath()), run.getCharset(), (row) -> {
			rejected.remember(row);
			check.accept(row);
			tick(run.getId(), check.rows(), 1.0);
		});
		check.finish();
		header.missing()
			.forEach((column) -> rejected.accept(new Rejection(1, "header", "import.error.missingColumn",
					List.of(column.header(), column.headers().get(1)))));
		rejected.flush();
		long rejectedRows = check.rejectedRows() + (header.missing().isEmpty() ? 0 : 1);
		inTransaction(() -> {
			ImportRun loaded = this.runs.findById(run.getId()).orElseThrow();
			loaded.checked(check.rows(), rejectedRows, this.clock.instant());
			return this.runs.saveAndFlush(loaded);
		});
		log.info("Import {}: dry run of {} rows, {} rejected", run.getId(), check.rows(), rejectedRows);
	}

	private void write(ImportRun run, String by) {
		long[] counts = inTransaction(() -> {
			List<RowParser.Parsed> rows = new ArrayList<>();
			List<Rejection> problems = new ArrayList<>();
			FileCheck check = new FileCheck(parser(), this.customers, problems::add, rows::add);
			LegacyFile.Header header = LegacyFile.read(Path.of(run.getStoredPath()), run.getCharset(), (row) -> {
				check.accept(row);
				tick(run.getId(), check.rows(), 0.6);
			});
			check.finish();
			if (!header.missing().isEmpty() || !problems.isEmpty()) {
				throw new IllegalStateException("import.failure.changed");
			}
			CustomerImports.Result added = this.customers
				.importAll(rows.stream().map(RowParser.Parsed::customer).toList(), by);
			this.progress.progress(run.getId(), Math.round(run.getTotalRows() * 0.85), this.clock.instant());
			int readingsAdded = this.readings.importOpening(rows.stream()
				.map((row) -> new MeterReadings.OpeningReading(added.accountIds().get(row.customer().accountKey()),
						row.readingDate(), row.reading()))
				.toList(), by);
			this.progress.progress(run.getId(), Math.round(run.getTotalRows() * 0.95), this.clock.instant());
			int balancesAdded = this.balances.recordAll(rows.stream()
				.filter((row) -> row.balance().signum() != 0)
				.map((row) -> new OpeningBalances.Entry(added.accountIds().get(row.customer().accountKey()),
						new Money(row.balance()), row.balanceSince()))
				.toList(), by);
			this.yearToDate.recordAll(rows.stream()
				.filter((row) -> row.yearToDate() != null)
				.map((row) -> new OpeningYearConsumptions.Entry(added.accountIds().get(row.customer().accountKey()),
						row.yearToDate().quantity(), row.yearToDate().until()))
				.toList(), by);
			ImportRun loaded = this.runs.findById(run.getId()).orElseThrow();
			loaded.imported(added.customersAdded(), added.accountsAdded(), readingsAdded, balancesAdded,
					this.clock.instant());
			this.runs.saveAndFlush(loaded);
			return new long[] { added.customersAdded(), added.accountsAdded(), readingsAdded, balancesAdded };
		});
		log.info("Import {}: {} customers, {} accounts, {} readings, {} balances added", run.getId(), counts[0],
				counts[1], counts[2], counts[3]);
	}

	private RowParser parser() {
		LocalDate today = LocalDate.now(this.clock);
		Set<String> inUse = this.tariffs.all()
			.stream()
			.filter((tariff) -> tariff.pricesOn(today))
			.map((tariff) -> tariff.utility().name() + "/" + tariff.category().name())
			.collect(Collectors.toSet());
		return new RowParser(inUse, today);
	}

	private void tick(long runId, long rows, double share) {
		if (rows % PROGRESS_EVERY == 0) {
			this.progress.progress(runId, Math.round(rows * share), this.clock.instant());
		}
	}

	private void guarded(long runId, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed: {}", runId, ex.getMessage(), ex);
			String why = (ex instanceof LegacyFile.MalformedFileException) ? "import.failure.malformed"
					: (ex.getMessage() != null && ex.getMessage().startsWith("import.")) ? ex.getMessage()
							: "import.failure.technical";
			inTransaction(() -> {
				ImportRun loaded = this.runs.findById(runId).orElseThrow();
				loaded.failed(why, this.clock.instant());
				return this.runs.saveAndFlush(loaded);
			});
		}
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return new TransactionTemplate(this.transactions).execute((status) -> work.get());
	}

	/** About how many rows a file has: its line breaks less the header's. */
	static long countRows(Path file) {
		long lines = 0;
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Math.max(0, lines - 1);
	}

	/** Rejections of a dry run, kept in batches with the raw rows they are about. */
	private final class Rejections implements Consumer<Rejection> {

		private final long runId;

		private final List<Rejection> pending = new ArrayList<>();

		private final Map<Long, LegacyFile.Row> raw = new LinkedHashMap<>(16, 0.75f, false) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, LegacyFile.Row> eldest) {
				return size() > 50_000;
			}

		};

		private long kept;

		Rejections(long runId) {
			this.runId = runId;
		}

		void remember(LegacyFile.Row row) {
			this.raw.put(row.lineNumber(), row);
		}

		@Override
		public void accept(Rejection rejection) {
			this.pending.add(rejection);
			if (this.pending.size() >= 1000) {
				flush();
			}
		}

		void flush() {
			Map<Long, String> lines = new java.util.HashMap<>();
			this.pending.forEach((rejection) -> {
				LegacyFile.Row row = this.raw.get(rejection.lineNumber());
				lines.putIfAbsent(rejection.lineNumber(), (row != null) ? row.raw() : "");
			});
			ImportExecution.this.progress.rejections(this.runId, this.pending, lines, this.kept);
			this.kept += this.pending.size();
			this.pending.clear();
		}

	}

}
