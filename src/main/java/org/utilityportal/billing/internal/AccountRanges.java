package org.utilityportal.billing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.utilityportal.customer.MeteredAccounts;

/**
 * Cuts the metered accounts into ranges of ids of about the same size, one per billing
 * step running side by side. The ranges are taken from the accounts' ids (their lowest
 * and highest from customer), which the portal and the generator hand out in order, so
 * equal widths hold about equal numbers.
 */
class AccountRanges implements Partitioner {

	private final MeteredAccounts accounts;

	AccountRanges(MeteredAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		MeteredAccounts.IdRange bounds = this.accounts.idRange().orElse(new MeteredAccounts.IdRange(0, 0));
		long low = bounds.low();
		long high = bounds.high();
		long width = Math.max(1, (high - low + gridSize) / gridSize);
		Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
		for (int i = 0; i < gridSize; i++) {
			ExecutionContext range = new ExecutionContext();
			long from = low + i * width;
			range.putLong("fromId", from);
			range.putLong("toId", (i == gridSize - 1) ? Long.MAX_VALUE : from + width - 1);
			ranges.put("range" + i, range);
		}
		return ranges;
	}

}
