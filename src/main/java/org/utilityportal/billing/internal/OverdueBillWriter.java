package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.utilityportal.shared.money.Money;

/**
 * The register of overdue bills the late-payment charge works from. Each day the bills
 * whose grace period ended are registered when they were not paid by then (paid of them
 * is what payments not reversed paid on or before the last day of grace); bills that fell
 * due in the last {@value #LOOK_BACK_DAYS} days are looked at again, so a payment
 * reversed later still makes its bill overdue. When bills are issued, the registered
 * bills of their accounts are read with what was paid of them day by day and their
 * disputes, in one statement, and their progress written back.
 */
@Component
public class OverdueBillWriter {

	/** How far back the daily registration looks at due dates. */
	static final int LOOK_BACK_DAYS = 60;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	public OverdueBillWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Registers the bills whose grace period ended before {@code today} unpaid.
	 * @return how many were registered now
	 */
	public int register(LocalDate today, ZoneId zone) {
		return this.jdbc.update(
				"""
						insert into overdue_bill (bill_id, account_id, first_charged_on)
						select b.id, b.account_id, b.due_date + 1 + g.grace_days
						from bill b
						cross join lateral (select p.grace_days from late_charge_policy p where p.effective_from <= b.due_date + 1
						                    order by p.effective_from desc limit 1) g
						where b.due_date >= ?::date - ? and b.due_date + 1 + g.grace_days <= ? and b.charges > 0
						  and b.charges > coalesce((select sum(a.amount) from payment_allocation a join payment p on p.id = a.payment_id
						                            where a.bill_id = b.id and p.reversed_at is null
						                              and (p.paid_at at time zone ?)::date <= b.due_date + g.grace_days), 0)
						on conflict do nothing
						""",
				today, LOOK_BACK_DAYS, today, zone.getId());
	}

	/** The registered bills still being charged, of these accounts, by account. */
	public Map<Long, List<Registered>> ofAccounts(Collection<Long> accountIds, ZoneId zone) {
		Map<Long, List<Registered>> bills = new HashMap<>();
		if (accountIds.isEmpty()) {
			return bills;
		}
		this.jdbc.query(
				"""
						select o.bill_id, o.account_id, b.bill_number, b.period_to, b.tariff_category, b.charges, o.first_charged_on,
						       o.charged_until,
						       (select json_agg(json_build_object('on', (p.paid_at at time zone ?)::date, 'amount', a.amount))
						          from payment_allocation a join payment p on p.id = a.payment_id
						         where a.bill_id = o.bill_id and p.reversed_at is null) as settlements,
						       (select json_agg(json_build_object('from', (r.requested_at at time zone ?)::date,
						                                          'to', (r.closed_at at time zone ?)::date + 1))
						          from bill_recheck_request r where r.bill_id = o.bill_id) as pauses
						from overdue_bill o join bill b on b.id = o.bill_id
						where o.account_id = any(?) and not o.settled
						order by b.period_from
						""",
				(row) -> {
					LateChargeCalculator.Overdue overdue = new LateChargeCalculator.Overdue(
							row.getString("bill_number"),
							row.getObject("period_to", LocalDate.class).minusDays(1).getYear(),
							"RESIDENTIAL".equals(row.getString("tariff_category")),
							new Money(row.getBigDecimal("charges")), row.getObject("first_charged_on", LocalDate.class),
							row.getObject("charged_until", LocalDate.class), settlements(row.getString("settlements")),
							pauses(row.getString("pauses")));
					bills.computeIfAbsent(row.getLong("account_id"), (key) -> new ArrayList<>())
						.add(new Registered(row.getLong("bill_id"), overdue));
				}, zone.getId(), zone.getId(), zone.getId(), accountIds.toArray(Long[]::new));
		return bills;
	}

	/**
	 * Writes how far each bill is charged now, and whether it is done: one statement for
	 * all of them (a bill appears once).
	 */
	public void charged(List<Progress> progress) {
		if (progress.isEmpty()) {
			return;
		}
		this.jdbc.update(
				"""
						update overdue_bill o set charged_until = u.charged_until, settled = u.settled
						from unnest(cast(? as bigint[]), cast(? as date[]), cast(? as boolean[])) as u(bill_id, charged_until, settled)
						where o.bill_id = u.bill_id
						""",
				progress.stream().map(Progress::billId).toArray(Long[]::new),
				progress.stream()
					.map((p) -> (p.chargedUntil() != null) ? p.chargedUntil().toString() : null)
					.toArray(String[]::new),
				progress.stream().map((p) -> Boolean.toString(p.settled())).toArray(String[]::new));
	}

	private static List<LateChargeCalculator.Settlement> settlements(String json) {
		List<LateChargeCalculator.Settlement> settlements = new ArrayList<>();
		if (json != null) {
			for (JsonNode node : JSON.readTree(json)) {
				settlements.add(new LateChargeCalculator.Settlement(LocalDate.parse(node.get("on").asString()),
						new Money(new BigDecimal(node.get("amount").asString()))));
			}
		}
		return settlements;
	}

	private static List<LateChargeCalculator.Pause> pauses(String json) {
		List<LateChargeCalculator.Pause> pauses = new ArrayList<>();
		if (json != null) {
			for (JsonNode node : JSON.readTree(json)) {
				JsonNode to = node.get("to");
				pauses.add(new LateChargeCalculator.Pause(LocalDate.parse(node.get("from").asString()),
						(to == null || to.isNull()) ? null : LocalDate.parse(to.asString())));
			}
		}
		return pauses;
	}

	/**
	 * A registered bill.
	 *
	 * @param billId the bill
	 * @param overdue what the calculator needs of it
	 */
	public record Registered(long billId, LateChargeCalculator.Overdue overdue) {
	}

	/**
	 * How far a registered bill is charged.
	 *
	 * @param billId the bill
	 * @param chargedUntil the day after the last day charged
	 * @param settled whether it needs no more charging
	 */
	public record Progress(long billId, LocalDate chargedUntil, boolean settled) {
	}

}
