package org.utilityportal.audit.internal;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.audit.AuditChain;
import org.utilityportal.audit.AuditChainProbes;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sealer takes the tables in turns: a round seals one batch of every table with
 * records waiting, so a table with many records waiting (the access log under load) does
 * not hold the others back until the time budget is spent. Two probe tables, registered
 * one after the other, with more than a batch of 2 waiting each; the order of the chains
 * themselves ({@code AuditChainIT}) does not depend on the turns.
 */
class ChainSealerIT extends IntegrationTest {

	private static final int BATCH = 2;

	@Autowired
	AuditChain chain;

	@Autowired
	AuditChainQueries queries;

	@Autowired
	AuditChainWriter writer;

	@Autowired
	TransactionTemplate transactions;

	private String busy;

	private String quiet;

	@BeforeEach
	void twoTablesWithMoreThanABatchWaiting() throws InterruptedException {
		// What earlier tests left waiting is sealed in the portal's batches first.
		this.chain.sealWaiting();
		this.busy = AuditChainProbes.create(this.jdbc);
		this.quiet = AuditChainProbes.create(this.jdbc);
		AuditChainProbes.insert(this.jdbc, this.busy, 7);
		AuditChainProbes.insert(this.jdbc, this.quiet, 3);
		// A transaction of another test's event listener still running holds every
		// record after it back; the turns are seen once none does.
		long newest = this.jdbc.sql("select max(audit_txid::text::bigint) from " + this.quiet)
			.query(Long.class)
			.single();
		assertThat(eventually(() -> this.jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
			.query(Long.class)
			.single(), (horizon) -> horizon > newest)).isGreaterThan(newest);
	}

	@Test
	void theFirstRoundSealsABatchOfEachTable() {
		sealer(Duration.ZERO).sealWaiting();

		assertThat(this.chain.verify(this.busy).checked()).isEqualTo(BATCH);
		assertThat(this.chain.verify(this.busy).waiting()).isEqualTo(6);
		assertThat(this.chain.verify(this.quiet).checked()).isEqualTo(BATCH);
		assertThat(this.chain.verify(this.quiet).waiting()).isEqualTo(2);
	}

	@Test
	void theTablesTakeTurnsUntilNoneHasMoreWaiting() {
		sealer(Duration.ofMinutes(5)).sealWaiting();

		assertThat(batchesInTheOrderSealed()).containsExactly("busy 2", "quiet 2", "busy 2", "quiet 2", "busy 2",
				"busy 2");
		assertThat(this.chain.verify(this.busy).checked()).isEqualTo(8);
		assertThat(this.chain.verify(this.quiet).checked()).isEqualTo(4);
		assertThat(this.chain.verify(this.busy).intact()).isTrue();
		assertThat(this.chain.verify(this.quiet).intact()).isTrue();
	}

	private ChainSealer sealer(Duration budget) {
		return new ChainSealer(this.queries, this.writer, this.transactions, BATCH, budget);
	}

	/**
	 * The probe tables' batches, each written by a transaction of its own, in the order
	 * of those transactions.
	 */
	private List<String> batchesInTheOrderSealed() {
		return this.jdbc.sql("""
				select case when table_name = ? then 'busy' else 'quiet' end || ' ' || count(*)
				from audit_chain_link where table_name in (?, ?)
				group by table_name, xmin::text::bigint order by xmin::text::bigint
				""").params(this.busy, this.busy, this.quiet).query(String.class).list();
	}

}
