package org.utilityportal.customer.internal.generator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.SplittableRandom;

import lombok.extern.slf4j.Slf4j;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Fills the database with synthetic customers for load tests and benchmarks: on average
 * 1.6 service accounts each (electricity 92%, water 42%, gas 20%, metro 6%), 5%
 * organisations, 10% with a second mobile number. Rows go in with PostgreSQL {@code COPY}
 * in batches; ids and account numbers are reserved from the sequences first, so the
 * portal can keep working while it runs and nothing collides with what it creates. The
 * same seed gives the same data.
 */
@Slf4j
@Component
// Synthetic data is for demonstrations and benchmarks: it exists only with demo data on.
@ConditionalOnBooleanProperty("portal.demo-data.active")
public class CustomerDataGenerator {

	private static final int BATCH = 50_000;

	private final GeneratedCustomerWriter writer;

	public CustomerDataGenerator(GeneratedCustomerWriter writer) {
		this.writer = writer;
	}

	/**
	 * Adds {@code count} customers with their accounts.
	 * @return how long it took
	 */
	public Duration generate(int count, long seed) {
		long started = System.nanoTime();
		long customerBase = this.writer.reserve("customer_id_seq", count);
		long accountBase = this.writer.reserve("service_account_id_seq", count * 4L);
		long numberBase = this.writer.reserve("service_account_number_seq", count * 4L);
		// g makes identity and mobile numbers unique across runs: it continues where the
		// last run stopped.
		long firstG = this.writer.customers();
		SplittableRandom random = new SplittableRandom(seed);
		long accounts = 0;
		for (int from = 0; from < count; from += BATCH) {
			Batch batch = new Batch();
			for (int i = from; i < Math.min(count, from + BATCH); i++) {
				accounts = batch.add(random, customerBase + i, firstG + i, accountBase, numberBase, accounts);
			}
			this.writer.write(batch.customers(), batch.mobiles(), batch.accounts());
			log.info("Generated {} of {} customers", Math.min(count, from + BATCH), count);
		}
		this.writer.analyze();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		log.info("Generated {} customers with {} accounts in {} s", count, accounts, took.toSeconds());
		return took;
	}

	/** One batch of rows in COPY text format. */
	private static final class Batch {

		private static final LocalDate TEN_YEARS_AGO = LocalDate.of(2016, 1, 1);

		private final StringBuilder customers = new StringBuilder(BATCH * 200);

		private final StringBuilder mobiles = new StringBuilder(BATCH * 40);

		private final StringBuilder accounts = new StringBuilder(BATCH * 250);

		long add(SplittableRandom random, long customerId, long g, long accountBase, long numberBase,
				long accountCount) {
			boolean organisation = random.nextInt(100) < 5;
			String kind = organisation ? pick(random, "COMMERCIAL", "COMMERCIAL", "INDUSTRIAL", "LARGE_INDUSTRY")
					: (random.nextInt(100) < 8) ? "RURAL" : "RESIDENTIAL";
			String address = SyntheticPeople.address(random);
			LocalDate opened = TEN_YEARS_AGO.plusDays(random.nextInt(3650));
			row(this.customers, customerId,
					organisation ? SyntheticPeople.companyName(random) : SyntheticPeople.personName(random), kind,
					organisation ? "CREDIT_CODE" : "RESIDENT_ID",
					organisation ? SyntheticPeople.creditCode(g) : SyntheticPeople.residentId(g), address, "zh-CN",
					bool(organisation && random.nextInt(100) < 30), bool(!organisation && random.nextInt(100) < 2),
					bool(random.nextInt(100) < 1), "供用电、供水、供气服务及账单通知", opened, opened + " 09:00:00+08", "generator");
			row(this.mobiles, customerId, 0, SyntheticPeople.mobile(g));
			if (random.nextInt(100) < 10) {
				row(this.mobiles, customerId, 1, SyntheticPeople.secondMobile(random));
			}
			long count = accountCount;
			String tariff = switch (kind) {
				case "RURAL" -> "AGRICULTURAL";
				case "RESIDENTIAL" -> "RESIDENTIAL";
				default -> kind;
			};
			count = account(random, 92, "ELECTRICITY", 'E', "DB", tariff, "MONTHLY", customerId, address, opened,
					accountBase, numberBase, count);
			count = account(random, 42, "WATER", 'W', "SB", tariff.equals("AGRICULTURAL") ? "RESIDENTIAL" : tariff,
					"QUARTERLY", customerId, address, opened, accountBase, numberBase, count);
			count = account(random, 20, "GAS", 'G', "QB", tariff.equals("AGRICULTURAL") ? "RESIDENTIAL" : tariff,
					"MONTHLY", customerId, address, opened, accountBase, numberBase, count);
			if (random.nextInt(100) < 6) {
				long number = numberBase + count;
				row(this.accounts, accountBase + count, customerId, "METRO", "M" + String.format("%010d", number), null,
						null, null, null, "3100" + String.format("%08d", number % 100_000_000L), opened);
				count++;
			}
			return count;
		}

		private long account(SplittableRandom random, int percent, String utility, char prefix, String meterPrefix,
				String tariff, String cycle, long customerId, String address, LocalDate opened, long accountBase,
				long numberBase, long count) {
			if (random.nextInt(100) >= percent) {
				return count;
			}
			long number = numberBase + count;
			String category = switch (utility) {
				case "WATER", "GAS" -> tariff.equals("LARGE_INDUSTRY") ? "INDUSTRIAL" : tariff;
				default -> tariff;
			};
			row(this.accounts, accountBase + count, customerId, utility, prefix + String.format("%010d", number),
					address, meterPrefix + String.format("%012d", number), category, cycle, null, opened);
			return count + 1;
		}

		String customers() {
			return this.customers.toString();
		}

		String mobiles() {
			return this.mobiles.toString();
		}

		String accounts() {
			return this.accounts.toString();
		}

		private static void row(StringBuilder out, Object... values) {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					out.append('\t');
				}
				out.append((values[i] != null) ? values[i].toString() : "\\N");
			}
			out.append('\n');
		}

		private static String bool(boolean value) {
			return value ? "t" : "f";
		}

		private static String pick(SplittableRandom random, String... values) {
			return values[random.nextInt(values.length)];
		}

	}

}
