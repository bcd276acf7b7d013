package org.utilityportal.support;

import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.utilityportal.billing.BillingRuns;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.metering.MeterReadings;

/**
 * The beans every integration test shares: a movable clock, a statement counter, test
 * data.
 */
@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestBeans {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock(ZoneId.of("Asia/Shanghai"));
	}

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	TestBills testBills(TestCustomers customers, MeterReadings readings, BillingRuns runs, TestClock clock,
			JdbcClient jdbc) {
		return new TestBills(customers, readings, runs, clock, jdbc);
	}

	@Bean
	TestCustomers testCustomers(CustomerRecords records, ServiceAccounts accounts, JdbcClient jdbc) {
		return new TestCustomers(records, accounts, jdbc);
	}

}
