/**
 * Meter readings: cumulative register values with their date and source (actual,
 * estimated, customer), one register per time-of-use period where the tariff needs it.
 * Readings are checked before they are saved (never below the previous one unless a
 * rollover or meter change is recorded; a consumption far above the usual needs a
 * confirmation and is flagged) and estimated from history when an actual reading is
 * missing.
 */
@ApplicationModule(displayName = "Meter readings", allowedDependencies = { "shared", "customer", "audit", "tariff" })
package org.utilityportal.metering;

import org.springframework.modulith.ApplicationModule;
