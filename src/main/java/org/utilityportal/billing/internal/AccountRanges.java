package org.utilityportal.billing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cuts the metered accounts into ranges of ids of about the same size, one per billing
 * step running side by side. The ranges are taken from the accounts' ids, which the
 * portal and the generator hand out in order, so equal widths hold about equal numbers.
 */
class AccountRanges implements Partitioner {

	private final JdbcTemplate jdbc;

	AccountRanges(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, Object> bounds = this.jdbc
			.queryForMap("select coalesce(min(id), 0) as low, coalesce(max(id), 0) as high from service_account "
					+ "where utility <> 'METRO' and status = 'OPEN'");
		long low = ((Number) bounds.get("low")).longValue();
		long high = ((Number) bounds.get("high")).longValue();
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
