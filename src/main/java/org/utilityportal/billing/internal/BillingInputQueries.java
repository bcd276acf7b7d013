package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lombok.RequiredArgsConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.shared.money.Money;

/**
 * What billing itself knows of a page of accounts when the run bills them, in one
 * statement: the latest bill, the payments since, the approved adjustments not yet on a
 * bill, the opening balance and the year's consumption the legacy system had counted (the
 * go-live import); accounts already billed for the period are left out. Each part is an
 * index lookup per account (the indexes of V13 and V110), so the cost grows linearly with
 * the accounts.
 */
@Component
@RequiredArgsConstructor
public class BillingInputQueries {

	private static final String SQL = """
			select a.id,
			       pb.id as pb_id, pb.bill_number as pb_number, pb.period_from as pb_from, pb.period_to as pb_to,
			       pb.opening_source as pb_opening_source, pb.consumption as pb_consumption,
			       pb.year_consumption as pb_year, pb.amount_due as pb_due, pb.closing_reading_id as pb_closing,
			       (select ob.amount from opening_balance ob where pb.id is null and ob.account_id = a.id) as opening_due,
			       oy.quantity as oy_quantity, oy.counted_until as oy_until,
			       coalesce((select -sum(l.amount) from ledger_entry l where l.account_id = a.id and l.kind <> 'BILL'
			                 and (pb.id is not null or l.kind <> 'OPENING_BALANCE')
			                 and l.booked_at > coalesce(pb.issued_at, '-infinity'::timestamptz)), 0) as paid_since,
			       (select json_agg(json_build_object('id', j.id, 'bill', jb.bill_number, 'kind', j.kind,
			                 'amount', j.amount, 'reason', j.reason) order by j.id)
			          from bill_adjustment j join bill jb on jb.id = j.bill_id
			         where j.account_id = a.id and j.status = 'APPROVED' and j.applied_bill_id is null) as adjustments
			from unnest(cast(? as bigint[])) as a(id)
			left join lateral (select b.* from bill b where b.account_id = a.id order by b.period_from desc limit 1) pb on true
			left join opening_year_consumption oy on pb.id is null and oy.account_id = a.id
			where not exists (select 1 from bill x where x.account_id = a.id and x.period_to >= ?)
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	/**
	 * Billing's part of one account's input.
	 *
	 * @param previous the latest bill, {@code null} before the first
	 * @param previousClosingReadingId the latest bill's closing reading, {@code null}
	 * before the first bill
	 * @param paidSince what the ledger lowered the balance by since the latest bill
	 * @param adjustments approved adjustments not yet on a bill
	 * @param openingBalance before the first bill, the legacy system's balance; else zero
	 * @param openingYear before the first bill, the legacy system's count of the
	 * allowance year (the go-live import); {@code null} otherwise
	 */
	public record AccountState(BillingInput.PreviousBill previous, Long previousClosingReadingId, Money paidSince,
			List<BillingInput.PendingAdjustment> adjustments, Money openingBalance,
			BillingInput.OpeningYear openingYear) {
	}

	/**
	 * The state of the accounts not billed for a period ending at {@code periodEnd}
	 * (exclusive), by account.
	 */
	public Map<Long, AccountState> unbilled(Collection<Long> accountIds, LocalDate periodEnd) {
		Map<Long, AccountState> states = new HashMap<>();
		if (accountIds.isEmpty()) {
			return states;
		}
		this.jdbc.sql(SQL).params(accountIds.toArray(Long[]::new), periodEnd).query((row, index) -> {
			long previousId = row.getLong("pb_id");
			boolean first = row.wasNull();
			BillingInput.PreviousBill previous = first ? null
					: new BillingInput.PreviousBill(previousId, row.getString("pb_number"),
							row.getObject("pb_from", LocalDate.class), row.getObject("pb_to", LocalDate.class),
							row.getString("pb_opening_source"), row.getBigDecimal("pb_consumption"),
							row.getBigDecimal("pb_year"), new Money(row.getBigDecimal("pb_due")));
			return states.put(row.getLong("id"),
					new AccountState(previous, first ? null : (Long) row.getObject("pb_closing", Long.class),
							new Money(row.getBigDecimal("paid_since")), adjustments(row.getString("adjustments")),
							new Money(Objects.requireNonNullElse(row.getBigDecimal("opening_due"), BigDecimal.ZERO)),
							openingYear(row.getBigDecimal("oy_quantity"), row.getObject("oy_until", LocalDate.class))));
		}).list();
		return states;
	}

	private static BillingInput.OpeningYear openingYear(BigDecimal quantity, LocalDate countedUntil) {
		return (quantity != null) ? new BillingInput.OpeningYear(quantity, countedUntil) : null;
	}

	private static List<BillingInput.PendingAdjustment> adjustments(String json) {
		if (json == null) {
			return List.of();
		}
		List<BillingInput.PendingAdjustment> adjustments = new ArrayList<>();
		for (JsonNode node : JSON.readTree(json)) {
			BigDecimal amount = node.get("amount").decimalValue();
			adjustments.add(new BillingInput.PendingAdjustment(node.get("id").asLong(), node.get("bill").asString(),
					new Money("CREDIT".equals(node.get("kind").asString()) ? amount.negate() : amount),
					node.get("reason").asString()));
		}
		return adjustments;
	}

}
