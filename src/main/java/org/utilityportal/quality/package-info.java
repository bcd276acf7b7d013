/**
 * Service quality checked, not assumed (issue 14): scorecards in versions (the 16-item
 * mystery-call card in five groups and one card per other kind of inspection),
 * inspections of a call, a counter visit, a floor walk or a closed case (sampled at
 * random, by rule or chosen) scored by someone other than the person inspected, who sees
 * the result and may contest it once; corrective actions raised from findings (diagnose,
 * plan, carry out) that escalate when overdue, with a register per unit. People learn of
 * it through the events published here.
 */
@ApplicationModule(displayName = "Service quality", allowedDependencies = { "shared", "identity", "casework" })
package org.utilityportal.quality;

import org.springframework.modulith.ApplicationModule;
