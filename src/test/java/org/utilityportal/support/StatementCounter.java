package org.utilityportal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

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

	private static final ThreadLocal<List<String>> TIMED = new ThreadLocal<>();

	private static final ThreadLocal<long[]> COMMITS = ThreadLocal.withInitial(() -> new long[1]);

	private static final AtomicLong ALL_THREADS = new AtomicLong();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource)
				.name("counted")
				.countQuery()
				.afterQuery((execution, queries) -> {
					ALL_THREADS.incrementAndGet();
					List<String> timed = TIMED.get();
					if (timed != null && !queries.isEmpty()) {
						String sql = queries.get(0).getQuery().strip().replaceAll("\\s+", " ");
						timed.add(String.format("%8d ms  %s", execution.getElapsedTime(),
								sql.substring(0, Math.min(sql.length(), 90))));
					}
				})
				.afterMethod((execution) -> {
					if (execution.getMethod().getName().equals("commit") && execution.getThrown() == null) {
						COMMITS.get()[0]++;
						List<String> timed = TIMED.get();
						if (timed != null) {
							timed.add("          commit");
						}
					}
				})
				.build();
		}
		return bean;
	}

	/** Starts counting from zero on this thread. */
	public static void reset() {
		QueryCountHolder.clear();
		COMMITS.get()[0] = 0;
	}

	/**
	 * Starts counting from zero on this thread and keeps each statement's time and
	 * beginning until {@link #timed()} (benchmarks: where a scan's time goes).
	 */
	public static void resetTimed() {
		reset();
		TIMED.set(new ArrayList<>());
	}

	/**
	 * The statements kept since {@link #resetTimed()}, each with its time; stops keeping.
	 */
	public static List<String> timed() {
		List<String> timed = TIMED.get();
		TIMED.remove();
		return (timed != null) ? timed : List.of();
	}

	/** Milliseconds spent in statements on this thread since the last reset. */
	public static long millis() {
		return QueryCountHolder.getGrandTotal().getTime();
	}

	/**
	 * Transactions committed on this thread since the last reset ({@code commit()} calls
	 * on a connection; a statement in auto-commit mode is not counted): each one waits
	 * for the WAL flush when it wrote anything.
	 */
	public static long commits() {
		return COMMITS.get()[0];
	}

	/**
	 * Statements sent on every thread since the application started (a JDBC batch counts
	 * once: one round trip): benchmarks count a job's statements with it. {@code COPY} is
	 * not among them.
	 */
	public static long allThreads() {
		return ALL_THREADS.get();
	}

	/** Statements sent on this thread since the last reset. */
	public static long count() {
		return QueryCountHolder.getGrandTotal().getTotal();
	}

}
