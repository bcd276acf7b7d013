package org.utilityportal.metering.internal.generator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import lombok.extern.slf4j.Slf4j;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.utilityportal.customer.MeteredAccount;
import org.utilityportal.customer.MeteredAccounts;

/**
 * Fills the database with synthetic monthly meter readings for load tests and benchmarks:
 * one actual reading on the last day of every month for every open metered account, over
 * the months asked for, from the month the account was opened. Monthly use follows the
 * utility and price category, with the seasons (air conditioning in summer, heating gas
 * in winter) and noise; time-of-use meters (commercial and large industry electricity)
 * have their three registers; one reading in two hundred is missing, as when the reader
 * found nobody home, so billing has to estimate. Rows go in with {@code COPY}; the same
 * seed gives the same readings.
 */
@Slf4j
@Component
// Synthetic data is for demonstrations and benchmarks: it exists only with demo data on.
@ConditionalOnBooleanProperty("portal.demo-data.active")
public class ReadingDataGenerator {

	private static final int ACCOUNTS_PER_BATCH = 20_000;

	private final GeneratedReadingWriter writer;

	private final MeteredAccounts accounts;

	public ReadingDataGenerator(GeneratedReadingWriter writer, MeteredAccounts accounts) {
		this.writer = writer;
		this.accounts = accounts;
	}

	/**
	 * Adds readings for the {@code months} months up to and including {@code lastMonth}
	 * to every open metered account that has none in that range yet.
	 * @return how many readings were written and how long it took
	 */
	public Result generate(YearMonth lastMonth, int months, long seed) {
		long started = System.nanoTime();
		YearMonth firstMonth = lastMonth.minusMonths(months - 1L);
		SplittableRandom random = new SplittableRandom(seed);
		long written = 0;
		long after = 0;
		while (true) {
			List<MeteredAccount> page = this.accounts.page(after, Long.MAX_VALUE, List.of(), null, ACCOUNTS_PER_BATCH);
			if (page.isEmpty()) {
				break;
			}
			after = page.getLast().id();
			List<Metered> accounts = withoutReadingsSince(page, firstMonth.atEndOfMonth());
			if (accounts.isEmpty()) {
				continue;
			}
			StringBuilder rows = new StringBuilder(accounts.size() * months * 90);
			for (Metered account : accounts) {
				written += account.readings(random.split(), firstMonth, lastMonth, rows);
			}
			this.writer.write(rows.toString());
			log.info("Generated readings up to account {} ({} readings so far)", after, written);
		}
		this.writer.analyze();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		log.info("Generated {} meter readings in {} s", written, took.toSeconds());
		return new Result(written, took);
	}

	/** The accounts of a page without a reading on or after {@code since}. */
	private List<Metered> withoutReadingsSince(List<MeteredAccount> page, LocalDate since) {
		Set<Long> read = this.writer.readSince(page.stream().map(MeteredAccount::id).toList(), since);
		return page.stream()
			.filter((account) -> !read.contains(account.id()))
			.map((account) -> new Metered(account.id(), account.utility().name(), account.tariffCategory().name(),
					account.openedOn()))
			.toList();
	}

	/** What a generation wrote. */
	public record Result(long readings, Duration took) {
	}

	private record Metered(long id, String utility, String category, LocalDate openedOn) {

		/** Appends this account's readings in COPY text format and returns how many. */
		int readings(SplittableRandom random, YearMonth firstMonth, YearMonth lastMonth, StringBuilder out) {
			YearMonth opened = YearMonth.from(this.openedOn);
			YearMonth month = opened.isAfter(firstMonth) ? opened : firstMonth;
			double typical = typicalMonthlyUse(random);
			boolean timeOfUse = this.utility.equals("ELECTRICITY")
					&& (this.category.equals("COMMERCIAL") || this.category.equals("LARGE_INDUSTRY"));
			long peak = random.nextLong(2_000);
			long flat = random.nextLong(2_000);
			long valley = random.nextLong(2_000);
			long total = timeOfUse ? peak + flat + valley : random.nextLong(10_000);
			int count = 0;
			if (!opened.isBefore(firstMonth) && !this.openedOn.equals(opened.atEndOfMonth())) {
				// The reading the fitter took when the meter was connected.
				row(out, this.openedOn, total, timeOfUse, peak, flat, valley);
				count++;
			}
			for (; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
				long use = Math.max(0,
						Math.round(typical * season(month.getMonthValue()) * (0.8 + 0.4 * random.nextDouble())));
				if (timeOfUse) {
					long peakUse = Math.round(use * 0.35);
					long valleyUse = Math.round(use * 0.25);
					peak += peakUse;
					valley += valleyUse;
					flat += use - peakUse - valleyUse;
					total = peak + flat + valley;
				}
				else {
					total += use;
				}
				if (random.nextInt(200) == 0) {
					continue;
				}
				row(out, month.atEndOfMonth(), total, timeOfUse, peak, flat, valley);
				count++;
			}
			return count;
		}

		private void row(StringBuilder out, LocalDate day, long total, boolean timeOfUse, long peak, long flat,
				long valley) {
			out.append(this.id).append('\t').append(day).append("\tACTUAL\tREGULAR\t").append(total);
			if (timeOfUse) {
				out.append('\t').append(peak).append('\t').append(flat).append('\t').append(valley);
			}
			else {
				out.append("\t\\N\t\\N\t\\N");
			}
			out.append("\tgenerator\t").append(day).append(" 10:00:00+08\n");
		}

		private double typicalMonthlyUse(SplittableRandom random) {
			return switch (this.utility) {
				case "ELECTRICITY" -> switch (this.category) {
					case "RESIDENTIAL" -> between(random, 120, 450);
					case "AGRICULTURAL" -> between(random, 200, 2_000);
					case "COMMERCIAL" -> between(random, 800, 5_000);
					case "INDUSTRIAL" -> between(random, 5_000, 50_000);
					default -> between(random, 100_000, 500_000);
				};
				case "WATER" -> this.category.equals("RESIDENTIAL") ? between(random, 4, 18) : between(random, 30, 300);
				default -> this.category.equals("RESIDENTIAL") ? between(random, 8, 40) : between(random, 200, 3_000);
			};
		}

		/** How much of the typical use a month sees: summer cooling, winter heating. */
		private double season(int month) {
			return switch (this.utility) {
				case "ELECTRICITY" -> switch (month) {
					case 7, 8 -> 1.5;
					case 12, 1, 2 -> 1.25;
					default -> 1.0;
				};
				case "GAS" -> switch (month) {
					case 11, 12, 1, 2, 3 -> 2.2;
					case 6, 7, 8 -> 0.6;
					default -> 1.0;
				};
				default -> (month >= 6 && month <= 9) ? 1.2 : 1.0;
			};
		}

		private static double between(SplittableRandom random, int low, int high) {
			return low + random.nextDouble() * (high - low);
		}

	}

}
