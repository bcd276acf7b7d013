package org.utilityportal.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.billing.PaymentMethod;
import org.utilityportal.billing.Payments;
import org.utilityportal.billing.RefundView;
import org.utilityportal.billing.Refunds;
import org.utilityportal.billing.Reversals;
import org.utilityportal.shared.money.Money;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many writers at once while the sealer runs: every record ends sealed exactly once in
 * one unbroken chain. And the real tables: the access log, money movements and published
 * metro fares are chained and their chains intact.
 */
class AuditChainTablesIT extends IntegrationTest {

	private static final List<String> REAL = List.of("access_log", "payment", "ledger_entry", "late_charge_policy",
			"tariff_version", "catalogue_version", "metro_fare_version", "sla_policy_change");

	@Autowired
	AuditChain chain;

	@Autowired
	AccessLog accessLog;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Payments payments;

	@Autowired
	Reversals reversals;

	@Autowired
	Refunds refunds;

	@Test
	void writersAtOnceWithTheSealerRunningMakeOneChainWithEveryRecordOnce() throws Exception {
		String table = AuditChainProbes.create(this.jdbc);
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		ExecutorService pool = Executors.newFixedThreadPool(5);
		AtomicBoolean writing = new AtomicBoolean(true);
		try {
			Future<?> sealer = pool.submit(() -> {
				while (writing.get()) {
					this.chain.sealWaiting();
					Thread.sleep(5);
				}
				return null;
			});
			List<Future<?>> writers = new ArrayList<>();
			for (int writer = 0; writer < 4; writer++) {
				writers.add(pool.submit(() -> {
					for (int i = 0; i < 25; i++) {
						tx.executeWithoutResult((status) -> {
							this.jdbc.sql("insert into " + table + " (amount, note) values (2.00, 'a')").update();
							this.jdbc.sql("insert into " + table + " (amount, note) values (3.00, 'b')").update();
						});
					}
				}));
			}
			for (Future<?> writer : writers) {
				writer.get();
			}
			writing.set(false);
			sealer.get();
		}
		finally {
			pool.shutdown();
		}
		AuditChainProbes.sealAll(this.chain, this.jdbc, table);

		ChainCheck check = this.chain.verify(table);
		assertThat(check.intact()).isTrue();
		assertThat(check.checked()).isEqualTo(201);
		assertThat(check.waiting()).isZero();
		assertThat(this.jdbc.sql("""
				select count(distinct l.row_key) from audit_chain_link l join %s t on t.id = l.row_key
				where l.table_name = ?
				""".formatted(table)).param(table).query(Long.class).single()).as("every record, each once")
			.isEqualTo(201);
	}

	@Test
	void accessLogRecordsAreChainedAndTheRealChainsAreIntact() throws Exception {
		AuditChainProbes.sealAll(this.chain, this.jdbc, "access_log");
		long before = this.chain.verify("access_log").checked();
		this.accessLog.record(TestPrincipal.of(this.jdbc, "counter1"), AccessAction.VIEW, AccessChannel.WEB,
				this.customers.open("链上客户"), null, null);
		assertThat(this.chain.verify("access_log").checked()).as("not sealed when written").isEqualTo(before);

		AuditChainProbes.sealAll(this.chain, this.jdbc, "access_log");
		assertThat(this.chain.verify()).extracting(ChainCheck::table).containsAll(REAL);
		ChainCheck accessLog = this.chain.verify("access_log");
		assertThat(accessLog.intact()).isTrue();
		assertThat(accessLog.checked()).isGreaterThan(before);
		for (String real : REAL) {
			AuditChainProbes.sealAll(this.chain, this.jdbc, real);
			assertThat(this.chain.verify(real).intact()).as(real).isTrue();
		}
		assertThat(this.chain.verify("metro_fare_version").checked()).as("the fares of 2014").isPositive();
	}

	@Test
	void aChangedBandOfAPublishedMetroFareNamesItsVersion() throws Exception {
		AuditChainProbes.sealAll(this.chain, this.jdbc, "metro_fare_version");
		long version = this.jdbc
			.sql("select id from metro_fare_version where effective_from = '2014-12-28' and status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		changeFirstBand(version, "30.00");
		try {
			ChainCheck check = this.chain.verify("metro_fare_version");
			assertThat(check.problem()).isEqualTo(ChainProblem.CHANGED);
			assertThat(check.recordId()).isEqualTo(version);
		}
		finally {
			changeFirstBand(version, "3.00");
		}
		assertThat(this.chain.verify("metro_fare_version").intact()).isTrue();
	}

	@Test
	void everyMoneyMovementIsChained() throws Exception {
		long account = this.testBills.accountWithBills(1, 150);
		String clerk = this.testBills.staff("COUNTER", "chain-clerk");
		String wrong = this.payments.take(account, Money.of("10.00"), PaymentMethod.CASH, "chain-wrong-" + clerk,
				clerk);
		assertThat(this.reversals.request(wrong, "金额录错", clerk)).isNull();
		long reversal = this.reversals.ofReceipt(wrong).getFirst().id();
		assertThat(this.reversals.decide(reversal, 0, true, "supervisor1")).isNull();
		Money owed = this.payments.balance(account);
		this.payments.take(account, owed.plus(Money.of("50.00")), PaymentMethod.CASH, "chain-over-" + clerk, clerk);
		String refund = this.refunds.request(account, Money.of("50.00"), true, null, "多缴退款", clerk);
		assertThat(this.refunds.decide(refund, 0, true, "supervisor1")).isNull();
		RefundView approved = this.refunds.refund(refund);
		assertThat(this.refunds.paidOut(refund, approved.version(), "ZZ-CHAIN", clerk)).isNull();
		AuditChainProbes.sealAll(this.chain, this.jdbc, "ledger_entry");
		AuditChainProbes.sealAll(this.chain, this.jdbc, "payment");

		assertThat(this.jdbc.sql("""
				select l.kind from ledger_entry l
				where l.account_id = ? and exists (select 1 from audit_chain_link c
				                                   where c.table_name = 'ledger_entry' and c.row_key = l.id)
				""").param(account).query(String.class).list()).as("the account's chained ledger entries")
			.contains("BILL", "PAYMENT", "REVERSAL", "REFUND");
		assertThat(this.jdbc.sql("""
				select count(*) from payment p
				where p.account_id = ? and exists (select 1 from audit_chain_link c
				                                   where c.table_name = 'payment' and c.row_key = p.id)
				""").param(account).query(Long.class).single()).as("both payments, one of them reversed").isEqualTo(2);
		assertThat(this.chain.verify("payment").intact()).as("a reversal changes no hashed column").isTrue();
		assertThat(this.chain.verify("ledger_entry").intact()).isTrue();
	}

	private void changeFirstBand(long version, String fare) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.jdbc.sql("alter table metro_fare_band disable trigger metro_fare_band_final").update();
			this.jdbc.sql("update metro_fare_band set fare = ?::numeric where fare_version_id = ? and position = 1")
				.params(fare, version)
				.update();
			this.jdbc.sql("alter table metro_fare_band enable trigger metro_fare_band_final").update();
		});
	}

}
