package org.utilityportal.support;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.servlet.ServletContext;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.utilityportal.billing.BillingRuns;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.utilityportal.catalogue.Catalogue;
import org.utilityportal.catalogue.ServiceOrders;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.dataimport.GoLiveImports;
import org.utilityportal.identity.ApiTokens;
import org.utilityportal.payment.DirectDebits;
import org.utilityportal.payment.Mandates;
import org.utilityportal.payment.PaymentOrders;
import org.utilityportal.payment.Reconciliations;
import org.springframework.core.env.Environment;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.tariff.Tariffs;

/**
 * The beans every integration test shares: a movable clock, a statement counter, test
 * data, the list of every page.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(MockMvcSessions.class)
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
	PortalPages portalPages(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
			FilterChainProxy security, JdbcClient jdbc, ServletContext servletContext, PageFixtures fixtures) {
		return new PortalPages(mappings, security, jdbc, servletContext, fixtures);
	}

	@Bean
	PageFixtures pageFixtures(JdbcClient jdbc, Clock clock, Catalogue catalogue, Tariffs tariffs, ServiceOrders orders,
			GoLiveImports imports, MoneyFixtures money, ApiTokens tokens) {
		return new PageFixtures(jdbc, clock, catalogue, tariffs, orders, imports, money, tokens);
	}

	@Bean
	MoneyFixtures moneyFixtures(JdbcClient jdbc, Clock clock, PaymentOrders orders, DirectDebits debits,
			Mandates mandates, Reconciliations reconciliations, Environment environment) {
		return new MoneyFixtures(jdbc, clock, orders, debits, mandates, reconciliations, environment);
	}

	@Bean
	TestCustomers testCustomers(CustomerRecords records, ServiceAccounts accounts, JdbcClient jdbc) {
		return new TestCustomers(records, accounts, jdbc);
	}

}
