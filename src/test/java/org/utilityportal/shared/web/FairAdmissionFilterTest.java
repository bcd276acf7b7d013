package org.utilityportal.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class FairAdmissionFilterTest {

	private final List<String> events = new CopyOnWriteArrayList<>();

	@Test
	void aRequestBeyondTheBoundWaitsUntilOneFinishes() throws Exception {
		FairAdmissionFilter filter = new FairAdmissionFilter(1, Duration.ofMinutes(1));
		CountDownLatch firstInside = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		Thread first = Thread.ofVirtual().start(() -> run(filter, "first", firstInside, releaseFirst));
		assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
		Thread second = Thread.ofVirtual().start(() -> run(filter, "second", new CountDownLatch(1), null));
		// The second request is parked at the gate while the first works.
		awaitState(second, Thread.State.WAITING, Thread.State.TIMED_WAITING);
		assertThat(this.events).containsExactly("first in");
		releaseFirst.countDown();
		first.join();
		second.join();
		assertThat(this.events).containsExactly("first in", "first out", "second in", "second out");
	}

	@Test
	void aRequestThatWaitedLongEnoughGoesAheadAnyway() throws Exception {
		FairAdmissionFilter filter = new FairAdmissionFilter(1, Duration.ofMillis(50));
		CountDownLatch firstInside = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		Thread first = Thread.ofVirtual().start(() -> run(filter, "first", firstInside, releaseFirst));
		assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
		Thread second = Thread.ofVirtual().start(() -> run(filter, "second", new CountDownLatch(1), null));
		second.join();
		assertThat(this.events).containsExactly("first in", "second in", "second out");
		releaseFirst.countDown();
		first.join();
	}

	@Test
	void zeroMeansNoBound() throws Exception {
		FairAdmissionFilter filter = new FairAdmissionFilter(0, Duration.ofMinutes(1));
		CountDownLatch firstInside = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		Thread first = Thread.ofVirtual().start(() -> run(filter, "first", firstInside, releaseFirst));
		assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
		Thread second = Thread.ofVirtual().start(() -> run(filter, "second", new CountDownLatch(1), null));
		second.join();
		releaseFirst.countDown();
		first.join();
		assertThat(this.events).containsExactly("first in", "second in", "second out", "first out");
	}

	private void run(FairAdmissionFilter filter, String name, CountDownLatch inside, CountDownLatch hold) {
		FilterChain chain = (request, response) -> {
			this.events.add(name + " in");
			inside.countDown();
			if (hold != null) {
				try {
					hold.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			this.events.add(name + " out");
		};
		try {
			filter.doFilter(new MockHttpServletRequest("GET", "/my/bills"), new MockHttpServletResponse(), chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void awaitState(Thread thread, Thread.State... states) throws InterruptedException {
		while (!List.of(states).contains(thread.getState())) {
			Thread.sleep(5);
		}
	}

}
