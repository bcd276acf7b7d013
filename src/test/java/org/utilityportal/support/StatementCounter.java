package org.utilityportal.support;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends, per thread, by wrapping the data
 * source (datasource-proxy). MockMvc runs a request on the test's thread, so a test can
 * count the statements of one page.
 */
public class StatementCounter implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build();
		}
		return bean;
	}

	/** Starts counting from zero on this thread. */
	public static void reset() {
		QueryCountHolder.clear();
	}

	/** Statements sent on this thread since the last reset. */
	public static long count() {
		return QueryCountHolder.getGrandTotal().getTotal();
	}

}
