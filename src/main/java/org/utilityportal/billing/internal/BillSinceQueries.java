package org.utilityportal.billing.internal;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.AdjustmentView;
import org.utilityportal.billing.BillPage;

/**
 * What happened to an issued bill since it was issued, for its page: the payments that
 * settled it (the reversed ones marked), its adjustments and its re-check requests, read
 * in one statement. They were three, each a round trip to PostgreSQL and a statement for
 * it to parse and plan on every page view: on two shared processors the page's statements
 * are a good part of its cost (see docs/BENCHMARKS.md, "The bill page: cost per
 * request"). Read-only.
 */
@Component
@RequiredArgsConstructor
public class BillSinceQueries {

	/**
	 * One row per settlement, adjustment or re-check; {@code part} says which, {@code n}
	 * keeps each part's own order (settlements and re-checks oldest first, adjustments
	 * newest first). Columns a part does not have are null, cast so the union's types are
	 * those of the tables.
	 */
	private static final String SINCE = """
			select 1 as part, row_number() over (order by p.paid_at) as n,
			       p.receipt_number, p.paid_at, p.method, a.amount, a.units, a.unit, p.reversed_at is not null as reversed,
			       null::bigint as id, null::varchar as bill_number, null::bigint as account_id, null::varchar as kind,
			       null::varchar as reason, null::varchar as requested_by, null::timestamptz as requested_at,
			       null::varchar as status, null::varchar as decided_by, null::timestamptz as decided_at,
			       null::varchar as applied_on, null::bigint as version, null::timestamptz as closed_at
			from payment_allocation a join payment p on p.id = a.payment_id where a.bill_id = :bill
			union all
			select 2, row_number() over (order by j.requested_at desc),
			       null, null, null, j.amount, null, null, null,
			       j.id, b.bill_number, j.account_id, j.kind, j.reason, j.requested_by, j.requested_at,
			       j.status, j.decided_by, j.decided_at, ab.bill_number, j.version, null
			from bill_adjustment j join bill b on b.id = j.bill_id left join bill ab on ab.id = j.applied_bill_id
			where j.bill_id = :bill
			union all
			select 3, row_number() over (order by r.requested_at),
			       null, null, null, null, null, null, null,
			       null, null, null, r.kind, r.reason, null, r.requested_at, null, null, null, null, null, r.closed_at
			from bill_recheck_request r where r.bill_id = :bill
			order by part, n
			""";

	private final JdbcClient jdbc;

	/** Settlements, adjustments and re-checks of one bill: one statement. */
	public BillSince of(long billId) {
		List<BillPage.Settlement> settlements = new ArrayList<>();
		List<AdjustmentView> adjustments = new ArrayList<>();
		List<BillPage.Recheck> rechecks = new ArrayList<>();
		this.jdbc.sql(SINCE).param("bill", billId).query((row) -> {
			switch (row.getInt("part")) {
				case 1 -> settlements.add(BillQueries.settlement(row));
				case 2 -> adjustments.add(BillQueries.adjustment(row));
				default -> rechecks.add(BillQueries.recheck(row));
			}
		});
		return new BillSince(List.copyOf(settlements), List.copyOf(adjustments), List.copyOf(rechecks));
	}

	/** What a bill's page lists below the bill itself. */
	public record BillSince(List<BillPage.Settlement> settlements, List<AdjustmentView> adjustments,
			List<BillPage.Recheck> rechecks) {
	}

}
