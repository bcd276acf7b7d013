/**
 * Supervision for team leads and the customer-service centre: the dashboard (open cases
 * by tier, due within 24 hours, breached; SLA compliance by team, person, nature and
 * utility; satisfaction against the 90% target; repeat complaints; trend chart with its
 * table), drill-down lists of cases and CSV export of any list. Chasing, reassigning and
 * escalating by hand happen on the case page ({@code casework}).
 */
@ApplicationModule(displayName = "Supervision", allowedDependencies = { "shared", "identity", "casework", "catalogue" })
package org.utilityportal.supervision;

import org.springframework.modulith.ApplicationModule;
