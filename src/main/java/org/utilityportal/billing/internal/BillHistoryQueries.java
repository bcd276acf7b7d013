package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.Reading;
import org.utilityportal.metering.ReadingSource;

/**
 * {@link BillHistory} from the database: the chains of estimated bills measured readings
 * take back, for a page of accounts in two statements (the chains with their lines in
 * one, the measured readings they start from through metering in another) however many
 * accounts need one.
 */
@Component
public class BillHistoryQueries implements BillHistory {

	/** How many bills back a chain of estimates is followed at most. */
	private static final int MAX_CHAIN = 60;

	private static final String LINE_COLUMNS = Arrays.stream(BillLines.COLUMNS.split(","))
		.map((column) -> "l." + column.strip())
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	private final MeterReadings readings;

	public BillHistoryQueries(JdbcClient jdbc, MeterReadings readings) {
		this.jdbc = jdbc;
		this.readings = readings;
	}

	/**
	 * Each chain runs from the previous bill back through the bill that ended the day the
	 * one before began, as long as bills opened on an estimate, to the first that opened
	 * on a measured reading (included); one that ends otherwise (no earlier bill, or
	 * longer than {@value #MAX_CHAIN} bills) takes nothing back.
	 */
	@Override
	public Map<Long, Rebill> rebills(Collection<Long> previousBillIds) {
		if (previousBillIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Link>> chains = new LinkedHashMap<>();
		this.jdbc.sql("""
				with recursive chain (start_id, depth, id, account_id, period_from, opening_source) as (
				    select b.id, 1, b.id, b.account_id, b.period_from, b.opening_source
				    from bill b where b.id = any(?)
				    union all
				    select c.start_id, c.depth + 1, p.id, p.account_id, p.period_from, p.opening_source
				    from chain c join bill p on p.account_id = c.account_id and p.period_to = c.period_from
				    where c.opening_source = 'ESTIMATED' and c.depth < %d
				)
				select c.start_id, c.depth, b.bill_number, b.period_from, b.opening_reading_id, b.opening_source,
				       b.consumption, b.year_consumption, l.line_no, %s
				from chain c join bill b on b.id = c.id left join bill_line l on l.bill_id = b.id
				order by c.start_id, c.depth, l.line_no
				""".formatted(MAX_CHAIN, LINE_COLUMNS)).param(previousBillIds.toArray(Long[]::new)).query((row) -> {
			List<Link> chain = chains.computeIfAbsent(row.getLong("start_id"), (id) -> new ArrayList<>());
			int depth = row.getInt("depth");
			if (chain.isEmpty() || chain.getLast().depth() != depth) {
				chain.add(new Link(depth, row.getString("bill_number"), row.getObject("period_from", LocalDate.class),
						row.getLong("opening_reading_id"), row.getString("opening_source"),
						row.getBigDecimal("consumption"), row.getBigDecimal("year_consumption"), new ArrayList<>()));
			}
			if (row.getObject("line_no") != null) {
				chain.getLast().lines().add(BillLines.map(row, 0));
			}
		});
		Map<Long, Link> measuredEnds = new HashMap<>();
		chains.forEach((startId, chain) -> {
			Link last = chain.getLast();
			if (!ReadingSource.ESTIMATED.name().equals(last.openingSource())) {
				measuredEnds.put(startId, last);
			}
		});
		Map<Long, Reading> starts = this.readings
			.findAll(measuredEnds.values().stream().map(Link::openingReadingId).distinct().toList());
		Map<Long, Rebill> rebills = new HashMap<>();
		measuredEnds.forEach((startId, last) -> {
			Reading start = starts.get(last.openingReadingId());
			if (start != null) {
				BigDecimal yearToDate = last.yearConsumption().subtract(last.consumption());
				rebills.put(startId, new Rebill(chains.get(startId).stream().map(Link::bill).toList(), start,
						last.periodFrom(),
						(last.periodFrom().getDayOfYear() == 1) ? BigDecimal.ZERO : yearToDate.max(BigDecimal.ZERO)));
			}
		});
		return rebills;
	}

	private record Link(int depth, String number, LocalDate periodFrom, long openingReadingId, String openingSource,
			BigDecimal consumption, BigDecimal yearConsumption, List<org.utilityportal.tariff.ChargeLine> lines) {

		EstimatedBill bill() {
			return new EstimatedBill(this.number, List.copyOf(this.lines));
		}

	}

}
