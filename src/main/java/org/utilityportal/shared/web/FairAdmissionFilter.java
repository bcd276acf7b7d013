package org.utilityportal.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a bounded number of requests work at once and the others wait their turn, first
 * come first served. Every request has a virtual thread of its own, so without a bound
 * all of them share the processors at once: under load each one takes longer and some far
 * longer than others. With the bound (by default twice the processors) a request waits in
 * line and then runs nearly alone: measured on the bill page with 32 clients, the slowest
 * twentieth went from 46 ms to 23 ms for 5% fewer pages a second (see
 * docs/BENCHMARKS.md).
 * <p>
 * The line never blocks progress: a request that waited {@code max-wait} goes ahead
 * anyway, so a few slow requests (a large export) cannot hold everyone up. {@code
 * portal.web.concurrent-requests=0} switches the bound off.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class FairAdmissionFilter extends OncePerRequestFilter {

	private final Semaphore permits;

	private final long maxWaitNanos;

	FairAdmissionFilter(@Value("${portal.web.concurrent-requests:-1}") int concurrentRequests,
			@Value("${portal.web.max-wait:2s}") Duration maxWait) {
		int bound = (concurrentRequests < 0) ? 2 * Runtime.getRuntime().availableProcessors() : concurrentRequests;
		this.permits = (bound > 0) ? new Semaphore(bound, true) : null;
		this.maxWaitNanos = maxWait.toNanos();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted = false;
		if (this.permits != null) {
			try {
				admitted = this.permits.tryAcquire(this.maxWaitNanos, TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (admitted) {
				this.permits.release();
			}
		}
	}

}
