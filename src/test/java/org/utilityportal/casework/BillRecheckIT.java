package org.utilityportal.casework;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bill re-check requests from billing become exactly one case each, also when the same
 * request is delivered twice at the same moment, and the second delivery is not an error.
 */
class BillRecheckIT extends IntegrationTest {

	@Autowired
	private CaseIntake intake;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void aSecondDeliveryWhileTheFirstIsStillRunningWaitsAndRegistersNothingWithoutAnError() throws Exception {
		long customerId = this.customers.open("并发复核");
		String account = this.customers.accountNumber(this.customers.openElectricity(customerId));
		long requestId = System.nanoTime();
		CountDownLatch firstRegistered = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Optional<String>> first = pool.submit(() -> this.transactions.execute((status) -> {
				Optional<String> number = this.intake.registerRecheck(requestId, form(customerId, account), "counter1");
				firstRegistered.countDown();
				await(commitFirst);
				return number;
			}));
			assertThat(firstRegistered.await(30, TimeUnit.SECONDS)).isTrue();
			Future<Optional<String>> second = pool
				.submit(() -> this.intake.registerRecheck(requestId, form(customerId, account), "counter1"));
			waitUntilASessionWaitsForALock();
			commitFirst.countDown();

			assertThat(first.get()).isPresent();
			assertThat(second.get()).as("the second delivery finds the request taken, without an error").isEmpty();
		}
		finally {
			commitFirst.countDown();
			pool.shutdown();
		}
		assertThat(casesOf(requestId)).isEqualTo(1);
	}

	private IntakeForm form(long customerId, String account) {
		IntakeForm form = new IntakeForm();
		form.setChannel(Channel.COUNTER);
		form.setNature(Nature.BILL_RECHECK);
		form.setSubject(Subject.BILLING);
		form.setUtility(Utility.ELECTRICITY);
		form.setCustomerId(customerId);
		form.setAccountNumber(account);
		form.setOccurredAt(LocalDateTime.now(this.clock));
		form.setPlace(account);
		form.setSummary("电费复核 / Bill re-check");
		form.setDetails("读数不对");
		return form;
	}

	private long casesOf(long requestId) {
		return this.jdbc.sql("select count(*) from service_case where recheck_request_id = ?")
			.param(requestId)
			.query(Long.class)
			.single();
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
