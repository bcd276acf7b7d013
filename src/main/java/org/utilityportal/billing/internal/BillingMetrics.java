package org.utilityportal.billing.internal;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.utilityportal.shared.metrics.DatabaseReading;

/**
 * Billing-run progress for operators, over all instances:
 * {@code portal.billing.runs.active} (runs going on),
 * {@code portal.billing.run.accounts.read} and {@code
 * portal.billing.run.accounts.written} (accounts read, and billed or skipped, by them so
 * far). Read at most every {@code portal.metrics.database-max-age} (15 s).
 */
@Component
@RequiredArgsConstructor
class BillingMetrics implements MeterBinder {

	@Value("${portal.metrics.database-max-age:15s}")
	private Duration maxAge;

	private final BillingRunQueries queries;

	@Override
	public void bindTo(MeterRegistry registry) {
		DatabaseReading<BillingRunQueries.Progress> progress = new DatabaseReading<>(this.queries::progress,
				this.maxAge);
		Gauge.builder("portal.billing.runs.active", progress, (p) -> p.value(BillingRunQueries.Progress::runs))
			.strongReference(true)
			.description("Billing runs going on")
			.register(registry);
		Gauge
			.builder("portal.billing.run.accounts.read", progress,
					(p) -> p.value(BillingRunQueries.Progress::accountsRead))
			.strongReference(true)
			.description("Accounts read by the billing runs going on")
			.register(registry);
		Gauge
			.builder("portal.billing.run.accounts.written", progress,
					(p) -> p.value(BillingRunQueries.Progress::accountsWritten))
			.strongReference(true)
			.description("Accounts billed or skipped by the billing runs going on")
			.register(registry);
	}

}
