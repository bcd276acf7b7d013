package org.utilityportal.casework.internal.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.utilityportal.customer.ServiceAccounts;
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

	static CustomerSample load(ServiceAccounts accounts) {
		long[][] columns = { new long[1 << 16], new long[1 << 16] };
		byte[][] utilities = { new byte[1 << 16] };
		int[] counts = new int[Utility.values().length];
		int[] size = { 0 };
		accounts.forEachOpen((account) -> {
			int i = size[0]++;
			if (i == columns[0].length) {
				columns[0] = Arrays.copyOf(columns[0], 2 * i);
				columns[1] = Arrays.copyOf(columns[1], 2 * i);
				utilities[0] = Arrays.copyOf(utilities[0], 2 * i);
			}
			columns[0][i] = account.id();
			columns[1][i] = account.customerId();
			utilities[0][i] = (byte) account.utility().ordinal();
			counts[account.utility().ordinal()]++;
		});
		int[][] byUtility = new int[counts.length][];
		for (int u = 0; u < counts.length; u++) {
			byUtility[u] = new int[counts[u]];
		}
		int[] filled = new int[counts.length];
		for (int i = 0; i < size[0]; i++) {
			byUtility[utilities[0][i]][filled[utilities[0][i]]++] = i;
		}
		return new CustomerSample(Arrays.copyOf(columns[0], size[0]), Arrays.copyOf(columns[1], size[0]), byUtility);
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
