/**
 * Working calendars: weekly hours (in versions that start on a given day), public
 * holidays and make-up working days (调休), per organisation unit, and the working-time
 * arithmetic that SLA clocks use ({@link org.utilityportal.calendar.WorkingTime}):
 * deadlines after a number of working minutes, counted time between two instants, and an
 * explanation of every counted and uncounted interval.
 * <p>
 * Administrators maintain calendars under {@code /admin/calendars}. Past days never
 * change: holidays, make-up days and new weekly hours may only be set from tomorrow on,
 * so time already counted by a running clock stays counted. Every change publishes
 * {@link org.utilityportal.calendar.WorkingCalendarChanged}.
 */
@ApplicationModule(displayName = "Working calendars", allowedDependencies = { "shared", "identity" })
package org.utilityportal.calendar;

import org.springframework.modulith.ApplicationModule;
