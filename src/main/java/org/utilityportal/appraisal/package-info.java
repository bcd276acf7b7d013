/**
 * Staff appraisal (issue 14): a monthly score per person from their SLA compliance (first
 * replies and resolutions charged to whoever was responsible when the clock stopped or
 * broke), return-visit satisfaction, repeat complaints, inspection results and corrective
 * actions, weighted as administrators set; a league table per unit, each person's own
 * breakdown, and a CSV for payroll.
 */
@ApplicationModule(displayName = "Staff appraisal",
		allowedDependencies = { "shared", "identity", "casework", "quality" })
package org.utilityportal.appraisal;

import org.springframework.modulith.ApplicationModule;
