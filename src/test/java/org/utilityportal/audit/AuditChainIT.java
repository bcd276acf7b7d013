package org.utilityportal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A probe table's hash chain: writers only insert, the sealer chains what waits in the
 * order of the writing transactions, and the check names the first sealed record that was
 * changed, removed or slipped in, and counts what waits. Each test chains a table of its
 * own, append-only as the real ones are, so breaking it touches no other test. The real
 * tables and concurrent writers: {@link AuditChainTablesIT}.
 */
class AuditChainIT extends IntegrationTest {

	@Autowired
	AuditChain chain;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	private String table;

	@BeforeEach
	void aChainedTableOfItsOwn() {
		this.table = AuditChainProbes.create(this.jdbc);
	}

	@Test
	void writersOnlyInsertAndTheSealerChainsWhatWaits() throws Exception {
		insert(5);

		ChainCheck before = this.chain.verify(this.table);
		assertThat(before.checked()).as("nothing is sealed when it is written").isZero();
		assertThat(before.waiting()).as("the record there when registered, then five").isEqualTo(6);
		assertThat(before.oldestWaitingSeconds()).isNotNull();
		assertThat(before.intact()).isTrue();

		AuditChainProbes.sealAll(this.chain, this.jdbc, this.table);
		ChainCheck after = this.chain.verify(this.table);
		assertThat(after.intact()).isTrue();
		assertThat(after.checked()).isEqualTo(6);
		assertThat(after.waiting()).isZero();
		assertThat(after.oldestWaitingSeconds()).isNull();
		assertThat(after.head()).hasSize(64);
		assertThat(linkedKeysInChainOrder()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
	}

	@Test
	void theLockingVersionIsNotHashed() throws Exception {
		insert(3);
		AuditChainProbes.sealAll(this.chain, this.jdbc, this.table);
		asOwner("update " + this.table + " set version = version + 1 where id = 2");
		assertThat(this.chain.verify(this.table).intact()).isTrue();
	}

	@Test
	void ofAChangedAndARemovedRecordTheFirstIsNamed() throws Exception {
		insert(5);
		AuditChainProbes.sealAll(this.chain, this.jdbc, this.table);
		asOwner("delete from " + this.table + " where id = 5");
		asOwner("update " + this.table + " set amount = 1000.00 where id = 3");
		assertProblem(ChainProblem.CHANGED, 3L);

		asOwner("update " + this.table + " set amount = 3.00 where id = 3");
		assertProblem(ChainProblem.REMOVED, 5L);
	}

	@Test
	void recordsWrittenAfterTheSealedOnesDoNotHideARemoval() throws Exception {
		insert(3);
		AuditChainProbes.sealAll(this.chain, this.jdbc, this.table);
		asOwner("delete from " + this.table + " where id = 2");
		insert(2);
		assertProblem(ChainProblem.REMOVED, 2L);
		assertThat(this.chain.verify(this.table).waiting()).isEqualTo(2);
	}

	@Test
	void aRecordWrittenBehindTheSealerIsNamed() throws Exception {
		insert(3);
		AuditChainProbes.sealAll(this.chain, this.jdbc, this.table);
		// A forged place in the chain's order, before what is sealed: the sealer never
		// gets
		// to it.
		this.jdbc.sql("insert into " + this.table + " (amount, note, audit_txid) values (99.00, '私自写入', '0')").update();
		this.chain.sealWaiting();
		assertProblem(ChainProblem.NOT_CHAINED, 5L);
	}

	@Test
	void aRecordChangedTogetherWithItsOwnHashIsNamedByTheNextLink() throws Exception {
		insert(5);
		AuditChainProbes.sealAll(this.chain, this.jdbc, this.table);
		asOwner("update " + this.table + " set note = '改过' where id = 2");
		withLinksWritable(
				"""
						update audit_chain_link l set row_hash = audit_chain_hash(l.prev_hash, audit_chain_record(l.table_name, l.row_key))
						where l.table_name = '%s' and l.row_key = 2
						"""
					.formatted(this.table));
		assertProblem(ChainProblem.RELINKED, 2L);
	}

	@Test
	void aRemovedSealIsNoticed() throws Exception {
		insert(5);
		AuditChainProbes.sealAll(this.chain, this.jdbc, this.table);
		withLinksWritable("delete from audit_chain_link where table_name = '%s' and seq = 3".formatted(this.table));
		assertProblem(ChainProblem.LINK_REMOVED, 4L);
	}

	/**
	 * A transaction that wrote a lower id and is still open when a later one commits: the
	 * later record waits for it, and both are sealed, in the order of their transactions.
	 */
	@Test
	void aRecordCommittedAfterOneWithAHigherIdWaitsForItAndBothAreSealed() throws Exception {
		AuditChainProbes.sealAll(this.chain, this.jdbc, this.table);
		long early;
		try (Connection open = this.dataSource.getConnection()) {
			open.setAutoCommit(false);
			early = insertReturningId(open, "insert into " + this.table + " (amount, note) values (7.00, '先写后提交')");
			long late = insert(1);
			assertThat(late).isGreaterThan(early);

			this.chain.sealWaiting();
			ChainCheck waiting = this.chain.verify(this.table);
			assertThat(waiting.checked()).as("only the record there when registered").isEqualTo(1);
			assertThat(waiting.waiting()).as("the committed record waits for the open transaction").isEqualTo(1);
			open.commit();
		}
		AuditChainProbes.sealAll(this.chain, this.jdbc, this.table);
		ChainCheck sealed = this.chain.verify(this.table);
		assertThat(sealed.intact()).isTrue();
		assertThat(sealed.checked()).isEqualTo(3);
		assertThat(linkedKeysInChainOrder()).containsExactly(1L, early, early + 1);
	}

	/**
	 * An id taken ahead of the insert (as JPA's sequences do), written after a higher one
	 * was sealed: it is sealed after it, where an order by id would have passed it by.
	 */
	@Test
	void aRecordWithAnIdTakenBeforeOneAlreadySealedIsSealedAfterIt() throws Exception {
		AuditChainProbes.sealAll(this.chain, this.jdbc, this.table);
		try (Connection open = this.dataSource.getConnection()) {
			open.setAutoCommit(false);
			long taken;
			try (PreparedStatement next = open
				.prepareStatement("select nextval(pg_get_serial_sequence('" + this.table + "', 'id'))");
					ResultSet row = next.executeQuery()) {
				row.next();
				taken = row.getLong(1);
			}
			long higher = insert(1);
			AuditChainProbes.sealAll(this.chain, this.jdbc, this.table);
			assertThat(linkedKeysInChainOrder()).containsExactly(1L, higher);

			insertReturningId(open,
					"insert into " + this.table + " (id, amount, note) values (" + taken + ", 8.00, '预先取号')");
			open.commit();
			AuditChainProbes.sealAll(this.chain, this.jdbc, this.table);
			assertThat(linkedKeysInChainOrder()).containsExactly(1L, higher, taken);
		}
		ChainCheck check = this.chain.verify(this.table);
		assertThat(check.intact()).isTrue();
		assertThat(check.waiting()).isZero();
	}

	@Test
	void aRecordChainedOnAConditionJoinsWhenItMeetsIt() throws Exception {
		String versions = AuditChainProbes.createVersions(this.jdbc);
		this.jdbc.sql("insert into " + versions + " (price, status) values (1.10, 'DRAFT'), (2.20, 'DRAFT')").update();
		AuditChainProbes.sealAll(this.chain, this.jdbc, versions);
		assertThat(this.chain.verify(versions).checked()).as("drafts are not chained").isZero();

		this.jdbc.sql("update " + versions + " set status = 'PUBLISHED' where id = 2").update();
		this.jdbc.sql("insert into " + versions + " (price, status) values (3.30, 'PUBLISHED')").update();
		AuditChainProbes.sealAll(this.chain, this.jdbc, versions);
		ChainCheck check = this.chain.verify(versions);
		assertThat(check.intact()).isTrue();
		assertThat(check.checked()).isEqualTo(2);
		assertThat(this.jdbc.sql("select row_key from audit_chain_link where table_name = ? order by seq")
			.param(versions)
			.query(Long.class)
			.list()).containsExactly(2L, 3L);
	}

	private long insert(int count) {
		return AuditChainProbes.insert(this.jdbc, this.table, count);
	}

	private static long insertReturningId(Connection connection, String insert) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(insert + " returning id");
				ResultSet row = statement.executeQuery()) {
			row.next();
			return row.getLong(1);
		}
	}

	private java.util.List<Long> linkedKeysInChainOrder() {
		return this.jdbc.sql("select row_key from audit_chain_link where table_name = ? order by seq")
			.param(this.table)
			.query(Long.class)
			.list();
	}

	/** What someone with the table owner's rights could do: switch the guard off. */
	private void asOwner(String sql) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.jdbc.sql("alter table " + this.table + " disable trigger " + this.table + "_append_only").update();
			this.jdbc.sql(sql).update();
			this.jdbc.sql("alter table " + this.table + " enable trigger " + this.table + "_append_only").update();
		});
	}

	private void withLinksWritable(String sql) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.jdbc.sql("alter table audit_chain_link disable trigger audit_chain_link_append_only").update();
			this.jdbc.sql(sql).update();
			this.jdbc.sql("alter table audit_chain_link enable trigger audit_chain_link_append_only").update();
		});
	}

	private void assertProblem(ChainProblem problem, Long recordId) {
		ChainCheck check = this.chain.verify(this.table);
		assertThat(check.problem()).isEqualTo(problem);
		assertThat(check.recordId()).isEqualTo(recordId);
	}

}
