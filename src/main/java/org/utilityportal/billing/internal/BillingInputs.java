package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowMapper;
import org.utilityportal.metering.Reading;
import org.utilityportal.metering.ReadingKind;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.shared.domain.BasicChargeBasis;
import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.money.Money;

/**
 * The one statement a billing run reads its accounts with: every open metered account due
 * in the billing month and not billed for it yet, with its latest bill, opening and
 * closing readings, payments since and pending adjustments. Each part is an index lookup
 * per account (see the indexes in V11 and V13), so the cost grows linearly with the
 * accounts.
 */
public final class BillingInputs {

	private static final String READING = "id, account_id, read_on, source, kind, total, peak, flat, valley, "
			+ "rollover_capacity, old_meter_final, new_meter_initial, max_demand, reactive";

	/**
	 * Parameters: period end (3 times), billing cycles due (array), period end, the range
	 * of account ids (first and last).
	 */
	public static final String SQL = """
			select a.id, a.customer_id, a.account_number, a.utility, a.tariff_category, a.billing_cycle, a.opened_on,
			       a.time_of_use, a.contracted_kva, a.basic_charge_basis, a.power_factor_standard,
			       pb.id as pb_id, pb.bill_number as pb_number, pb.period_from as pb_from, pb.period_to as pb_to,
			       pb.opening_source as pb_opening_source, pb.consumption as pb_consumption,
			       pb.year_consumption as pb_year, pb.amount_due as pb_due,
			       (select ob.amount from opening_balance ob where pb.id is null and ob.account_id = a.id) as opening_due,
			       o.id as o_id, o.read_on as o_read_on, o.source as o_source, o.kind as o_kind, o.total as o_total,
			       o.peak as o_peak, o.flat as o_flat, o.valley as o_valley, o.rollover_capacity as o_cap,
			       o.old_meter_final as o_old, o.new_meter_initial as o_new, o.max_demand as o_demand,
			       o.reactive as o_reactive,
			       c.id as c_id, c.read_on as c_read_on, c.source as c_source, c.kind as c_kind, c.total as c_total,
			       c.peak as c_peak, c.flat as c_flat, c.valley as c_valley, c.rollover_capacity as c_cap,
			       c.old_meter_final as c_old, c.new_meter_initial as c_new, c.max_demand as c_demand,
			       c.reactive as c_reactive,
			       coalesce((select -sum(l.amount) from ledger_entry l where l.account_id = a.id and l.kind <> 'BILL'
			                 and (pb.id is not null or l.kind <> 'OPENING_BALANCE')
			                 and l.booked_at > coalesce(pb.issued_at, '-infinity'::timestamptz)), 0) as paid_since,
			       (select json_agg(json_build_object('id', j.id, 'bill', jb.bill_number, 'kind', j.kind,
			                 'amount', j.amount, 'reason', j.reason) order by j.id)
			          from bill_adjustment j join bill jb on jb.id = j.bill_id
			         where j.account_id = a.id and j.status = 'APPROVED' and j.applied_bill_id is null) as adjustments
			from service_account a
			left join lateral (select b.* from bill b where b.account_id = a.id order by b.period_from desc limit 1) pb on true
			left join lateral (
			    select %1$s from meter_reading r where r.id = pb.closing_reading_id
			    union all
			    (select %1$s from meter_reading r
			      where pb.id is null and r.account_id = a.id
			        and r.read_on <= greatest(?::date - (case a.billing_cycle when 'MONTHLY' then 1 when 'BIMONTHLY' then 2 when 'QUARTERLY' then 3
			                                              else 12 end) * interval '1 month', a.opened_on)
			      order by r.read_on desc limit 1)) o on true
			left join lateral (select %1$s from meter_reading r where r.account_id = a.id and r.read_on <= ?
			                   order by r.read_on desc limit 1) c on true
			where a.utility <> 'METRO' and a.status = 'OPEN' and a.opened_on < ?
			  and a.billing_cycle = any (?)
			  and not exists (select 1 from bill x where x.account_id = a.id and x.period_to >= ?)
			  and a.id between ? and ?
			order by a.id
			"""
		.formatted(READING);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BillingInputs() {
	}

	/** The cycles billed when the billing month is {@code month}. */
	public static String[] cyclesDue(LocalDate month) {
		List<String> cycles = new ArrayList<>();
		for (BillingCycle cycle : BillingCycle.values()) {
			if (BillBuilder.isDue(cycle, month)) {
				cycles.add(cycle.name());
			}
		}
		return cycles.toArray(String[]::new);
	}

	/** Maps one row of {@link #SQL}. */
	public static final RowMapper<BillingInput> ROW = (row, index) -> {
		long accountId = row.getLong("id");
		long previousId = row.getLong("pb_id");
		BillingInput.PreviousBill previous = row.wasNull() ? null
				: new BillingInput.PreviousBill(previousId, row.getString("pb_number"),
						row.getObject("pb_from", LocalDate.class), row.getObject("pb_to", LocalDate.class),
						row.getString("pb_opening_source"), row.getBigDecimal("pb_consumption"),
						row.getBigDecimal("pb_year"), new Money(row.getBigDecimal("pb_due")));
		return new BillingInput(accountId, row.getLong("customer_id"), row.getString("account_number"),
				Utility.valueOf(row.getString("utility")), TariffCategory.valueOf(row.getString("tariff_category")),
				BillingCycle.valueOf(row.getString("billing_cycle")), row.getObject("opened_on", LocalDate.class),
				previous, reading(row, "o_", accountId), reading(row, "c_", accountId),
				new Money(row.getBigDecimal("paid_since")), adjustments(row.getString("adjustments")), terms(row),
				new Money(Objects.requireNonNullElse(row.getBigDecimal("opening_due"), BigDecimal.ZERO)));
	};

	private static SupplyTerms terms(ResultSet row) throws SQLException {
		String basis = row.getString("basic_charge_basis");
		return new SupplyTerms(row.getBoolean("time_of_use"), row.getBigDecimal("contracted_kva"),
				(basis != null) ? BasicChargeBasis.valueOf(basis) : null, row.getBigDecimal("power_factor_standard"));
	}

	private static Reading reading(ResultSet row, String prefix, long accountId) throws SQLException {
		long id = row.getLong(prefix + "id");
		if (row.wasNull()) {
			return null;
		}
		return new Reading(id, accountId, row.getObject(prefix + "read_on", LocalDate.class),
				ReadingSource.valueOf(row.getString(prefix + "source")),
				ReadingKind.valueOf(row.getString(prefix + "kind")), row.getBigDecimal(prefix + "total"),
				row.getBigDecimal(prefix + "peak"), row.getBigDecimal(prefix + "flat"),
				row.getBigDecimal(prefix + "valley"), row.getBigDecimal(prefix + "cap"),
				row.getBigDecimal(prefix + "old"), row.getBigDecimal(prefix + "new"), false, null, null,
				row.getBigDecimal(prefix + "demand"), row.getBigDecimal(prefix + "reactive"));
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
