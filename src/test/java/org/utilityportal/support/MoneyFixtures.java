package org.utilityportal.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.utilityportal.payment.DirectDebits;
import org.utilityportal.payment.MandateView;
import org.utilityportal.payment.Mandates;
import org.utilityportal.payment.PaymentOrders;
import org.utilityportal.payment.ReconcileResult;
import org.utilityportal.payment.Reconciliations;

/**
 * The money pages' records the demo data does not have, made through the facades when
 * missing: a payment order of {@code customer1} (opened at the sandbox provider when they
 * owe something, else one that expired), an order at the sandbox for its checkout page, a
 * direct-debit collection and a reconciliation of a sandbox statement with a difference.
 */
public class MoneyFixtures {

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	private final PaymentOrders orders;

	private final DirectDebits debits;

	private final Mandates mandates;

	private final Reconciliations reconciliations;

	private final Environment environment;

	public MoneyFixtures(JdbcClient jdbc, java.time.Clock clock, PaymentOrders orders, DirectDebits debits,
			Mandates mandates, Reconciliations reconciliations, Environment environment) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.orders = orders;
		this.debits = debits;
		this.mandates = mandates;
		this.reconciliations = reconciliations;
		this.environment = environment;
	}

	/** Makes what is missing; does nothing when it is there. */
	public void ensure(long customerId) {
		LocalDate today = LocalDate.now(this.clock);
		if (count("payment_order where customer_id = " + customerId) == 0) {
			List<String> unpaid = this.jdbc.sql("""
					select b.bill_number from bill b where b.customer_id = ?
					  and b.charges > coalesce((select s.paid from bill_settled s where s.bill_id = b.id), 0)
					order by b.period_from desc limit 1
					""").param(customerId).query(String.class).list();
			if (!unpaid.isEmpty()) {
				this.orders.create(customerId, unpaid, "sandbox", "page-check-order",
						"http://127.0.0.1:" + this.environment.getProperty("local.server.port", "8080"), "customer1");
			}
			else {
				expiredOrder(customerId);
			}
		}
		if (count("sandbox_transaction") == 0) {
			// Any customer's unpaid bill, for the sandbox's checkout page.
			this.jdbc.sql("""
					select b.customer_id, b.bill_number from bill b
					where b.charges > coalesce((select s.paid from bill_settled s where s.bill_id = b.id), 0)
					order by b.id limit 1
					""")
				.query((row, index) -> List.of(row.getString(1), row.getString(2)))
				.optional()
				.ifPresent((bill) -> {
					this.orders.create(Long.parseLong(bill.get(0)), List.of(bill.get(1)), "sandbox",
							"page-check-checkout",
							"http://127.0.0.1:" + this.environment.getProperty("local.server.port", "8080"),
							"page-check");
				});
		}
		if (count("debit_batch") == 0 && this.debits.collect(today, "supervisor1") == null) {
			collectionWithANewMandate(today);
		}
		if (count("reconciliation") == 0) {
			reconciliation(today.minusDays(1));
		}
	}

	/**
	 * Nobody with an approved mandate owes anything: one metered account in arrears gets
	 * a mandate, recorded at the counter and approved by a supervisor, and is collected
	 * from.
	 */
	private void collectionWithANewMandate(LocalDate today) {
		long accountId = this.jdbc.sql("""
				select a.id from account_balance ab join service_account a on a.id = ab.account_id
				where ab.balance > 0 and a.status = 'OPEN' and a.utility <> 'METRO'
				  and not exists (select 1 from debit_mandate m where m.account_id = a.id)
				order by a.id limit 1
				""").query(Long.class).single();
		String refused = this.mandates.request(accountId, "ICBC", "6222020000000001", "页面检查", "counter1");
		if (refused == null) {
			MandateView mandate = this.mandates.ofAccount(accountId).getFirst();
			refused = this.mandates.decide(mandate.id(), mandate.version(), true, "supervisor1");
		}
		if (refused != null || this.debits.collect(today, "supervisor1") == null) {
			throw new IllegalStateException("No collection for the page check: " + refused);
		}
	}

	/**
	 * The sandbox's statement of a day imported as a supervisor uploads one: one line, a
	 * payment the portal never heard of, so the reconciliation's page shows a difference
	 * to close.
	 */
	private void reconciliation(LocalDate day) {
		String paidAt = day.atTime(10, 0).atZone(this.clock.getZone()).toOffsetDateTime().toString();
		String statement = "H|STATEMENT|SANDBOX|" + day + "|1|12.30\n" + "D|PAGE-CHECK-1|SBXPAGECHECK1|12.30|" + paidAt
				+ "\n" + "T|1|12.30\n";
		ReconcileResult result = this.reconciliations.reconcile("sandbox", day,
				new ByteArrayInputStream(statement.getBytes(StandardCharsets.UTF_8)), "page-check-" + day + ".txt",
				"supervisor1");
		if (!result.isImported()) {
			throw new IllegalStateException("The page check's statement was refused: " + result.problems());
		}
	}

	/**
	 * An order of the customer's latest bill that expired yesterday unpaid, written as
	 * the portal writes one (the demo customer owes nothing, so no order can be opened).
	 */
	private void expiredOrder(long customerId) {
		this.jdbc
			.sql("""
					with o as (
					    insert into payment_order (order_number, customer_id, account_id, amount, provider, status, created_by,
					        created_at, expires_at, idempotency_key)
					    select 'PO' || to_char(current_date - 1, 'YYYYMMDD') || lpad(nextval('payment_order_number_seq')::text, 8, '0'),
					           b.customer_id, b.account_id, b.charges, 'sandbox', 'EXPIRED', 'customer1', now() - interval '1 day',
					           now() - interval '1 day' + interval '15 minutes', 'page-check-order'
					    from bill b where b.customer_id = ? and b.charges > 0 order by b.period_from desc limit 1
					    returning id, account_id)
					insert into payment_order_bill (order_id, position, bill_number)
					select o.id, 0, (select b.bill_number from bill b where b.account_id = o.account_id
					                 order by b.period_from desc limit 1) from o
					""")
			.param(customerId)
			.update();
	}

	private long count(String tableAndCondition) {
		return this.jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
	}

}
