package org.utilityportal.casework.internal;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.utilityportal.casework.CaseReport;
import org.utilityportal.casework.OpenCaseRisk;
import org.utilityportal.shared.metrics.DatabaseReading;

/**
 * Gauges of the open cases that need attention: {@code portal.cases.at.risk} (a deadline
 * in the next 24 hours) and {@code portal.cases.overdue}, the dashboard's two figures,
 * read at most every {@code portal.metrics.database-max-age} (15 s) from their partial
 * indexes.
 */
@Component
@RequiredArgsConstructor
class CaseworkMetrics implements MeterBinder {

	@Value("${portal.metrics.database-max-age:15s}")
	private Duration maxAge;

	private final CaseReport reports;

	@Override
	public void bindTo(MeterRegistry registry) {
		DatabaseReading<OpenCaseRisk> risk = new DatabaseReading<>(this.reports::openRisk, this.maxAge);
		Gauge.builder("portal.cases.at.risk", risk, (r) -> r.value(OpenCaseRisk::dueSoon))
			.strongReference(true)
			.description("Open cases with a deadline in the next 24 hours")
			.register(registry);
		Gauge.builder("portal.cases.overdue", risk, (r) -> r.value(OpenCaseRisk::overdue))
			.strongReference(true)
			.description("Open cases past their first-reply or resolution deadline")
			.register(registry);
	}

}
