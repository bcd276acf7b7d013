package org.utilityportal.billing.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.batch.autoconfigure.BatchTaskExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.utilityportal.billing.LateCharges;
import org.utilityportal.customer.MeteredAccounts;
import org.utilityportal.tariff.Tariffs;

/**
 * The billing run as a Spring Batch job: one chunked step per range of accounts that
 * reads the accounts due a page at a time ({@link BillingInputs}: three statements a
 * page), builds each bill in memory and writes a chunk at a time in one transaction.
 * Accounts already billed for the month are not read again, so a restarted run carries on
 * where it stopped and never issues a second bill.
 */
@Configuration(proxyBeanMethods = false)
public class BillingJobConfiguration {

	/** The job's name in the job repository. */
	public static final String JOB = "billing";

	/** The name of the step that bills one range of accounts (one per range). */
	public static final String RANGE_STEP = "billAccountRange";

	/**
	 * Jobs run on their own (virtual) thread, so the page that starts one answers at
	 * once.
	 */
	@Bean
	@BatchTaskExecutor
	TaskExecutor billingTaskExecutor() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("billing-");
		executor.setVirtualThreads(true);
		return executor;
	}

	@Bean
	Job billingJob(JobRepository repository, Step billAccounts, JobExecutionListener billingRunListener) {
		return new JobBuilder(JOB, repository).listener(billingRunListener).start(billAccounts).build();
	}

	/**
	 * The accounts cut into ranges of ids, billed side by side: reading an account,
	 * pricing it and writing its bill wait on the database in turn, so one range alone
	 * leaves the processors half idle.
	 */
	@Bean
	Step billAccounts(JobRepository repository, Step billAccountRange, MeteredAccounts accounts,
			@Value("${portal.billing.partitions:2}") int partitions) {
		SimpleAsyncTaskExecutor ranges = new SimpleAsyncTaskExecutor("billing-range-");
		ranges.setVirtualThreads(true);
		return new StepBuilder("billAccounts", repository).partitioner(RANGE_STEP, new AccountRanges(accounts))
			.step(billAccountRange)
			.gridSize(Math.max(1, partitions))
			.taskExecutor(ranges)
			.build();
	}

	@Bean
	Step billAccountRange(JobRepository repository, PlatformTransactionManager transactions,
			ItemReader<BillingInput> billingReader, ItemProcessor<BillingInput, BillOutcome> billProcessor,
			ItemWriter<BillOutcome> billChunkWriter, @Value("${portal.billing.chunk-size:500}") int chunkSize) {
		return new StepBuilder(RANGE_STEP, repository).<BillingInput, BillOutcome>chunk(chunkSize)
			.transactionManager(transactions)
			.reader(billingReader)
			.processor(billProcessor)
			.writer(billChunkWriter)
			.build();
	}

	@Bean
	@StepScope
	ItemReader<BillingInput> billingReader(BillingInputs inputs, @Value("#{jobParameters['month']}") String month,
			@Value("#{stepExecutionContext['fromId']}") Long fromId,
			@Value("#{stepExecutionContext['toId']}") Long toId,
			@Value("${portal.billing.page-size:2000}") int pageSize) {
		LocalDate billingMonth = LocalDate.parse(month);
		return new BillingInputReader(inputs, billingMonth.plusMonths(1), BillingInputs.cyclesDue(billingMonth), fromId,
				toId, pageSize);
	}

	@Bean
	@StepScope
	ItemProcessor<BillingInput, BillOutcome> billProcessor(Tariffs tariffs,
			@Value("#{jobParameters['month']}") String month, @Value("${portal.billing.due-days:25}") int dueDays) {
		BillBuilder builder = new BillBuilder(tariffs.priceBook(), dueDays);
		LocalDate billingMonth = LocalDate.parse(month);
		return (input) -> builder.build(input, billingMonth);
	}

	@Bean
	@StepScope
	ItemWriter<BillOutcome> billChunkWriter(BillWriter bills, OverdueBillWriter overdue, LateCharges lateCharges,
			java.time.Clock clock, @Value("#{jobParameters['runId']}") Long runId,
			@Value("#{jobParameters['issuedAt']}") String issuedAt) {
		return new LateChargeWriter(bills.of(runId, Instant.parse(issuedAt)), overdue, lateCharges.rates(),
				clock.getZone());
	}

}
