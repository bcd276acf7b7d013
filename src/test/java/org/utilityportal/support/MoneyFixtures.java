package org.utilityportal.support;

import java.time.LocalDate;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.utilityportal.payment.DirectDebits;
import org.utilityportal.payment.PaymentOrders;
import org.utilityportal.payment.Reconciliations;

/**
 * The money pages' records the demo data does not have, made through the facades when
 * missing: a payment order of {@code customer1} at the sandbox provider (with its
 * checkout), a direct-debit collection and a reconciliation of the sandbox's statement.
 */
public class MoneyFixtures {

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	private final PaymentOrders orders;

	private final DirectDebits debits;

	private final Reconciliations reconciliations;

	private final Environment environment;

	public MoneyFixtures(JdbcClient jdbc, java.time.Clock clock, PaymentOrders orders, DirectDebits debits,
			Reconciliations reconciliations, Environment environment) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.orders = orders;
		this.debits = debits;
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
		}
		if (count("debit_batch") == 0) {
			this.debits.collect(today, "supervisor1");
		}
		if (count("reconciliation") == 0) {
			this.reconciliations.fetch("sandbox", today.minusDays(1), "supervisor1");
		}
	}

	private long count(String tableAndCondition) {
		return this.jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
	}

}
