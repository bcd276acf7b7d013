package org.utilityportal.billing.internal;

import java.time.Instant;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.batch.autoconfigure.BatchTaskExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.utilityportal.billing.LateCharges;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.tariff.Tariffs;

/**
 * The billing run as a Spring Batch job: one chunked step that reads the accounts due
 * with one streaming query, builds each bill in memory and writes a chunk at a time in
 * one transaction. Accounts already billed for the month are not read again, so a
 * restarted run carries on where it stopped and never issues a second bill.
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
	Step billAccounts(JobRepository repository, Step billAccountRange, DataSource dataSource,
			@Value("${portal.billing.partitions:2}") int partitions) {
		SimpleAsyncTaskExecutor ranges = new SimpleAsyncTaskExecutor("billing-range-");
		ranges.setVirtualThreads(true);
		return new StepBuilder("billAccounts", repository)
			.partitioner(RANGE_STEP, new AccountRanges(new JdbcTemplate(dataSource)))
			.step(billAccountRange)
			.gridSize(Math.max(1, partitions))
			.taskExecutor(ranges)
			.build();
	}

	@Bean
	Step billAccountRange(JobRepository repository, PlatformTransactionManager transactions,
			JdbcCursorItemReader<BillingInput> billingReader, ItemProcessor<BillingInput, BillOutcome> billProcessor,
			ItemWriter<BillOutcome> billWriter, @Value("${portal.billing.chunk-size:500}") int chunkSize) {
		return new StepBuilder(RANGE_STEP, repository).<BillingInput, BillOutcome>chunk(chunkSize)
			.transactionManager(transactions)
			.reader(billingReader)
			.processor(billProcessor)
			.writer(billWriter)
			.build();
	}

	@Bean
	@StepScope
	JdbcCursorItemReader<BillingInput> billingReader(DataSource dataSource,
			@Value("#{jobParameters['month']}") String month, @Value("#{stepExecutionContext['fromId']}") Long fromId,
			@Value("#{stepExecutionContext['toId']}") Long toId) {
		LocalDate billingMonth = LocalDate.parse(month);
		LocalDate to = billingMonth.plusMonths(1);
		String[] cycles = BillingInputs.cyclesDue(billingMonth);
		return new JdbcCursorItemReaderBuilder<BillingInput>().name("billingReader")
			.dataSource(dataSource)
			.sql(BillingInputs.SQL)
			.preparedStatementSetter((statement) -> {
				statement.setObject(1, to);
				statement.setObject(2, to);
				statement.setObject(3, to);
				statement.setArray(4, statement.getConnection().createArrayOf("varchar", cycles));
				statement.setObject(5, to);
				statement.setLong(6, fromId);
				statement.setLong(7, toId);
			})
			.rowMapper(BillingInputs.ROW)
			.fetchSize(2000)
			.connectionAutoCommit(false)
			.saveState(false)
			.build();
	}

	@Bean
	@StepScope
	ItemProcessor<BillingInput, BillOutcome> billProcessor(Tariffs tariffs, JdbcClient jdbc, MeterReadings readings,
			@Value("#{jobParameters['month']}") String month, @Value("${portal.billing.due-days:25}") int dueDays) {
		BillBuilder builder = new BillBuilder(tariffs.priceBook(), new JdbcBillHistory(jdbc, readings), dueDays);
		LocalDate billingMonth = LocalDate.parse(month);
		return (input) -> builder.build(input, billingMonth);
	}

	@Bean
	@StepScope
	ItemWriter<BillOutcome> billWriter(JdbcTemplate jdbc, OverdueBillWriter overdue, LateCharges lateCharges,
			java.time.Clock clock, @Value("#{jobParameters['runId']}") Long runId,
			@Value("#{jobParameters['issuedAt']}") String issuedAt) {
		return new LateChargeWriter(new BillWriter(jdbc, runId, Instant.parse(issuedAt)), overdue, lateCharges.rates(),
				clock.getZone());
	}

}
