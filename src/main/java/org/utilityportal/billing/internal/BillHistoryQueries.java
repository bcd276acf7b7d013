package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.Reading;
import org.utilityportal.metering.ReadingSource;

/**
 * {@link BillHistory} from the database (the chain of estimated bills a measured reading
 * takes back), for the few accounts that need it.
 */
@Component
public class BillHistoryQueries implements BillHistory {

	private final JdbcClient jdbc;

	private final MeterReadings readings;

	public BillHistoryQueries(JdbcClient jdbc, MeterReadings readings) {
		this.jdbc = jdbc;
		this.readings = readings;
	}

	@Override
	public Optional<Rebill> rebill(long previousBillId) {
		List<EstimatedBill> bills = new ArrayList<>();
		long billId = previousBillId;
		for (int guard = 0; guard < 60; guard++) {
			ChainLink link = this.jdbc
				.sql("""
						select b.bill_number, b.period_from, b.opening_reading_id, b.opening_source, b.consumption,
						       b.year_consumption, b.account_id,
						       (select p.id from bill p where p.account_id = b.account_id and p.period_to = b.period_from) as prior
						from bill b where b.id = ?
						""")
				.param(billId)
				.query((row, index) -> new ChainLink(row.getString("bill_number"),
						row.getObject("period_from", LocalDate.class), row.getLong("opening_reading_id"),
						row.getString("opening_source"), row.getBigDecimal("consumption"),
						row.getBigDecimal("year_consumption"), row.getLong("account_id"), row.getLong("prior")))
				.single();
			bills.add(new EstimatedBill(link.number(),
					this.jdbc.sql("select " + BillLines.COLUMNS + " from bill_line where bill_id = ? order by line_no")
						.param(billId)
						.query(BillLines::map)
						.list()));
			if (!ReadingSource.ESTIMATED.name().equals(link.openingSource())) {
				Reading start = this.readings.find(link.openingReadingId()).orElse(null);
				if (start == null) {
					return Optional.empty();
				}
				BigDecimal yearToDate = link.yearConsumption().subtract(link.consumption());
				return Optional.of(new Rebill(bills, start, link.periodFrom(),
						(link.periodFrom().getDayOfYear() == 1) ? BigDecimal.ZERO : yearToDate.max(BigDecimal.ZERO)));
			}
			if (link.prior() == 0) {
				return Optional.empty();
			}
			billId = link.prior();
		}
		return Optional.empty();
	}

	private record ChainLink(String number, LocalDate periodFrom, long openingReadingId, String openingSource,
			BigDecimal consumption, BigDecimal yearConsumption, long accountId, long prior) {
	}

}
