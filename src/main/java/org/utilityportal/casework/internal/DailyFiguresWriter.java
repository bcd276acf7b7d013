package org.utilityportal.casework.internal;

import java.time.Clock;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily figures of cases (table {@code case_daily_figures}) are kept by the database
 * as cases and return visits are written (V151's statement triggers, per changed case
 * since V200), on the business days of one time zone, with their sums per month
 * ({@code case_monthly_figures}) and the open cases per tier and team
 * ({@code case_open_figures}). This writer rebuilds them all in one grouped pass: when
 * the portal starts with another time zone than the one they were counted in, and on
 * demand (a check, or after data was loaded around the triggers).
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class DailyFiguresWriter {

	private final JdbcClient jdbc;

	private final Clock clock;

	/** Rebuilds the figures when they were counted in another time zone. */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void rebuildInAnotherZone() {
		String zone = this.clock.getZone().getId();
		String kept = this.jdbc.sql("select case_figures_zone()").query(String.class).single();
		if (!zone.equals(kept)) {
			log.info("Case figures were counted in {}, the portal runs in {}: rebuilding them", kept, zone);
			rebuild();
		}
	}

	/** Counts every figure again from the cases and return visits. */
	@Transactional
	public void rebuild() {
		this.jdbc.sql("select case_figures_rebuild(?)").param(this.clock.getZone().getId()).query().singleRow();
	}

}
