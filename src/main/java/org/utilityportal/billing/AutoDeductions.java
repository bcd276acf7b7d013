package org.utilityportal.billing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.shared.money.Money;

/**
 * Automatic deductions by bank or mobile wallet. A mandate collects each unpaid bill of
 * its account once (the idempotency key is {@code auto-<bill number>}), and the payment
 * says, like any other, which bill and how many units it paid for: the deduction that
 * started the portal now explains itself.
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class AutoDeductions {

	private final JdbcClient jdbc;

	private final Payments payments;

	private final Clock clock;

	/** Sets up (or replaces) the automatic deduction of an account. */
	@Transactional
	public void mandate(long accountId, PaymentMethod method, String payerReference, String by) {
		if (!method.isAutomatic()) {
			throw new IllegalArgumentException(method + " is not an automatic deduction");
		}
		this.jdbc
			.sql("""
					insert into payment_mandate (account_id, method, payer_reference, active, created_by, created_at)
					values (?, ?, ?, true, ?, ?)
					on conflict (account_id) do update set method = excluded.method, payer_reference = excluded.payer_reference,
					    active = true, created_by = excluded.created_by, created_at = excluded.created_at
					""")
			.params(accountId, method.name(), payerReference.strip(), by,
					OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
	}

	/** Stops the automatic deduction of an account. */
	@Transactional
	public void cancel(long accountId) {
		this.jdbc.sql("update payment_mandate set active = false where account_id = ?").param(accountId).update();
	}

	/**
	 * The active mandate of an account: method and payer reference, masked but for the
	 * last four characters.
	 */
	@Transactional(readOnly = true)
	public Optional<Mandate> of(long accountId) {
		return this.jdbc.sql("select method, payer_reference from payment_mandate where account_id = ? and active")
			.param(accountId)
			.query((row, index) -> new Mandate(PaymentMethod.valueOf(row.getString("method")),
					mask(row.getString("payer_reference"))))
			.optional();
	}

	/** The hourly run of {@link #collect()}, on one instance. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
	@SchedulerLock(name = "auto-deductions", lockAtLeastFor = "PT50M", lockAtMostFor = "PT55M")
	public void collectHourly() {
		collect();
	}

	/**
	 * Collects every unpaid bill of every account with an active mandate; runs every
	 * hour.
	 */
	public int collect() {
		List<Due> due = this.jdbc
			.sql("""
					select m.account_id, m.method, b.bill_number,
					       b.charges - coalesce((select sum(a.amount) from payment_allocation a where a.bill_id = b.id), 0) as outstanding
					from payment_mandate m join bill b on b.account_id = m.account_id
					where m.active and b.charges > 0
					  and not exists (select 1 from payment p where p.idempotency_key = 'auto-' || b.bill_number)
					order by b.period_from
					""")
			.query((row, index) -> new Due(row.getLong("account_id"), PaymentMethod.valueOf(row.getString("method")),
					row.getString("bill_number"), new Money(row.getBigDecimal("outstanding"))))
			.list();
		int collected = 0;
		for (Due bill : due) {
			if (bill.outstanding().isPositive()) {
				this.payments.take(bill.accountId(), bill.outstanding(), bill.method(), "auto-" + bill.billNumber(),
						"auto-deduction");
				collected++;
			}
		}
		if (collected > 0) {
			log.info("Collected {} bills by automatic deduction", collected);
		}
		return collected;
	}

	private static String mask(String reference) {
		return (reference.length() <= 4) ? reference
				: "*".repeat(reference.length() - 4) + reference.substring(reference.length() - 4);
	}

	/**
	 * An automatic deduction.
	 *
	 * @param method bank or mobile wallet
	 * @param maskedReference the card or wallet, all but the last four characters hidden
	 */
	public record Mandate(PaymentMethod method, String maskedReference) {
	}

	private record Due(long accountId, PaymentMethod method, String billNumber, Money outstanding) {
	}

}
