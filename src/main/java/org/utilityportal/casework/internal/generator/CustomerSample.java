package org.utilityportal.casework.internal.generator;

import java.util.SplittableRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.utilityportal.shared.domain.Utility;

/**
 * The open service accounts in the database, by utility, to draw the customer and account
 * of a generated case from (about 30 bytes per account in memory).
 */
final class CustomerSample {

	private final long[] accountIds;

	private final long[] customerIds;

	private final int[][] byUtility;

	private CustomerSample(long[] accountIds, long[] customerIds, int[][] byUtility) {
		this.accountIds = accountIds;
		this.customerIds = customerIds;
		this.byUtility = byUtility;
	}

	static CustomerSample load(JdbcClient jdbc) {
		int size = jdbc.sql("select count(*) from service_account where status = 'OPEN'")
			.query(Long.class)
			.single()
			.intValue();
		long[] accounts = new long[size];
		long[] customers = new long[size];
		byte[] utilities = new byte[size];
		int[] counts = new int[Utility.values().length];
		int[] next = { 0 };
		jdbc.sql("select id, customer_id, utility from service_account where status = 'OPEN' order by id")
			.query((row) -> {
				int i = next[0];
				if (i < size) {
					accounts[i] = row.getLong("id");
					customers[i] = row.getLong("customer_id");
					utilities[i] = (byte) Utility.valueOf(row.getString("utility")).ordinal();
					counts[utilities[i]]++;
					next[0]++;
				}
			});
		int[][] byUtility = new int[counts.length][];
		for (int u = 0; u < counts.length; u++) {
			byUtility[u] = new int[counts[u]];
		}
		int[] filled = new int[counts.length];
		for (int i = 0; i < next[0]; i++) {
			byUtility[utilities[i]][filled[utilities[i]]++] = i;
		}
		return new CustomerSample(accounts, customers, byUtility);
	}

	/** A random open account of the utility, or -1 when there is none. */
	int draw(SplittableRandom random, Utility utility) {
		int[] candidates = this.byUtility[utility.ordinal()];
		return (candidates.length == 0) ? -1 : candidates[random.nextInt(candidates.length)];
	}

	long accountId(int drawn) {
		return this.accountIds[drawn];
	}

	long customerId(int drawn) {
		return this.customerIds[drawn];
	}

	/** How many accounts there are to draw from. */
	int size() {
		return this.accountIds.length;
	}

}
