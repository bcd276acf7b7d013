/**
 * Complaints and service cases (工单) with SLA clocks: intake at the counter, online and
 * through the API; first-contact ownership (首问负责); a responsible team or person; clocks
 * that count working time on the team's calendar, pause while waiting for the customer
 * and explain themselves; warnings, automatic escalation through four tiers; resolution
 * with a reply; a return visit for every case; repeat detection; an append-only history.
 * Bill re-check requests from billing become cases exactly once. What happens to cases is
 * published as events ({@code Case*} records); who is told reacts to them.
 */
@ApplicationModule(displayName = "Complaints and service cases",
		allowedDependencies = { "shared", "identity", "audit", "customer", "calendar", "settings" })
package org.utilityportal.casework;

import org.springframework.modulith.ApplicationModule;
