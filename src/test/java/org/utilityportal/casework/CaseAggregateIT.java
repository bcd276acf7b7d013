package org.utilityportal.casework;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.casework.internal.Actor;
import org.utilityportal.casework.internal.CaseRepository;
import org.utilityportal.casework.internal.CaseTime;
import org.utilityportal.casework.internal.ServiceCase;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.StatementCounter;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case as an aggregate on the database: a save made from an out-of-date copy is
 * refused and writes nothing (neither the case nor the rows it added), two actions on one
 * case wait for each other and the later is refused, the case page reads a long history
 * in as many statements as a short one, and the escalation scan costs the same few
 * statements however many cases it handles.
 */
class CaseAggregateIT extends IntegrationTest {

	@Autowired
	private CaseIntake intake;

	@Autowired
	private CaseWork work;

	@Autowired
	private EscalationScan scan;

	@Autowired
	private CaseRepository cases;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void aSaveFromAStaleCopyIsRefusedAndWritesNothingOfIt() {
		String number = this.intake.registerByStaff(form(Subject.EQUIPMENT, 1), counter());
		long version = version(number);
		TransactionTemplate inner = new TransactionTemplate(this.transactions.getTransactionManager());
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			ServiceCase stale = this.cases.findByNumber(number).orElseThrow();
			inner.executeWithoutResult((other) -> this.work.note(number, version, "先保存的备注", counter()));
			stale.note("过时副本的备注", actor(), this.clockNow());
			this.cases.saveChanges(stale);
		})).isInstanceOf(ObjectOptimisticLockingFailureException.class);

		assertThat(version(number)).isEqualTo(version + 1);
		assertThat(notes(number)).containsExactly("先保存的备注");
	}

	@Test
	void twoActionsOnOneCaseWaitForEachOtherAndTheLaterIsRefusedAsStale() throws Exception {
		String number = this.intake.registerByStaff(form(Subject.EQUIPMENT, 1), counter());
		long version = version(number);
		CountDownLatch noted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = pool.submit(() -> this.transactions.executeWithoutResult((status) -> {
				this.work.note(number, version, "先到的备注", counter());
				noted.countDown();
				await(release);
			}));
			assertThat(noted.await(30, TimeUnit.SECONDS)).isTrue();
			Future<?> second = pool.submit(() -> this.work.resolve(number, version, "同一版本上的答复", supervisor()));
			waitUntilASessionWaitsForALock();
			release.countDown();
			first.get();
			assertThatThrownBy(second::get).hasCauseInstanceOf(StaleEditException.class);
		}
		finally {
			release.countDown();
			pool.shutdown();
		}
		assertThat(statusOf(number)).isEqualTo("REGISTERED");
		assertThat(notes(number)).containsExactly("先到的备注");
	}

	@Test
	void theCasePageReadsALongHistoryInAsManyStatementsAsAShortOne() throws Exception {
		String quiet = this.intake.registerByStaff(form(Subject.EQUIPMENT, 1), counter());
		String busy = this.intake.registerByStaff(form(Subject.EQUIPMENT, 1), counter());
		for (int i = 0; i < 8; i++) {
			this.work.note(busy, version(busy), "备注 " + i, counter());
		}
		this.work.waitForCustomer(busy, version(busy), "请补充材料", counter());
		this.work.resume(busy, version(busy), counter());
		this.work.escalateByHand(busy, version(busy), "升级", supervisor());
		this.work.escalateByHand(busy, version(busy), "再升级", supervisor());
		var session = signIn("supervisor1");
		this.mvc.perform(get("/supervisor/cases/" + quiet).session(session)).andExpect(status().isOk());

		StatementCounter.reset();
		this.mvc.perform(get("/supervisor/cases/" + quiet).session(session)).andExpect(status().isOk());
		long forAShortHistory = StatementCounter.count();
		StatementCounter.reset();
		this.mvc.perform(get("/supervisor/cases/" + busy).session(session)).andExpect(status().isOk());
		long forALongHistory = StatementCounter.count();

		assertThat(this.jdbc
			.sql("select count(*) from case_event e join service_case s on s.id = e.case_id " + "where s.number = ?")
			.param(busy)
			.query(Long.class)
			.single()).isGreaterThan(12);
		assertThat(forALongHistory).isEqualTo(forAShortHistory);
	}

	/**
	 * The scan is one set-based pass: the same statements for 5 due cases as for 120
	 * (more than two JDBC batches of 50, which used to cost one statement each): the
	 * look, the organisation (three: units, staff, named tier contacts), the lock, the
	 * read, the escalations, the history, the update and the event.
	 */
	@Test
	void aScanCostsTheSameFewStatementsForFiveDueCasesAsForAHundredAndTwenty() {
		long five = statementsOfAScanOver(5);
		long many = statementsOfAScanOver(120);

		assertThat(many).isEqualTo(five).isLessThanOrEqualTo(10);
	}

	/**
	 * A day later, when every other case due has been handled, registers emergencies an
	 * hour and a minute earlier (counted day and night, a first reply within the hour)
	 * and counts the statements of the scan that finds exactly them late, escalates them
	 * and has their people told.
	 */
	private long statementsOfAScanOver(int emergencies) {
		this.clock.advance(Duration.ofDays(1));
		this.scan.run();
		this.clock.advance(Duration.ofMinutes(-61));
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < emergencies; i++) {
			numbers.add(this.intake.registerByStaff(form(Subject.SUPPLY_QUALITY, 3), counter()));
		}
		this.clock.advance(Duration.ofMinutes(61));
		StatementCounter.reset();
		EscalationScan.Result result = this.scan.run();
		long statements = StatementCounter.count();
		assertThat(result.casesRead()).isEqualTo(emergencies);
		assertThat(result.escalations()).isEqualTo(emergencies);
		assertThat(numbers).allSatisfy((number) -> assertThat(tierOf(number)).isEqualTo(2));
		return statements;
	}

	private IntakeForm form(Subject subject, int level) {
		IntakeForm form = new IntakeForm();
		form.setChannel(Channel.HOTLINE);
		form.setNature(Nature.COMPLAINT);
		form.setSubject(subject);
		form.setUtility(Utility.ELECTRICITY);
		form.setContactName("聚合测试");
		form.setContactPhone("13800006666");
		form.setOccurredAt(LocalDateTime.now(this.clock).minusHours(1));
		form.setPlace("测试地点");
		form.setSummary("聚合测试");
		form.setDetails("聚合测试详情");
		form.setSeverity(level);
		form.setImpact(level);
		return form;
	}

	private CaseTime clockNow() {
		return new CaseTime(this.clock.instant(), this.clock.getZone(), (id) -> {
			throw new AssertionError("a note reads no calendar");
		});
	}

	private static Actor actor() {
		return new Actor(null, "counter2", "过时副本", null);
	}

	private List<String> notes(String number) {
		return this.jdbc.sql("""
				select e.text from case_event e join service_case s on s.id = e.case_id
				where s.number = ? and e.kind = 'NOTE' order by e.id
				""").param(number).query(String.class).list();
	}

	private long version(String number) {
		return new StoredCase(this.jdbc, number).version();
	}

	private String statusOf(String number) {
		return new StoredCase(this.jdbc, number).status();
	}

	private int tierOf(String number) {
		return new StoredCase(this.jdbc, number).tier();
	}

	private TestPrincipal counter() {
		return TestPrincipal.of(this.jdbc, "counter1");
	}

	private TestPrincipal supervisor() {
		return TestPrincipal.of(this.jdbc, "supervisor1");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
