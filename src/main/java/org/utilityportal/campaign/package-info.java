/**
 * 行风评议 (public evaluation of the utility's conduct, issue 14): campaigns in five phases
 * with dates (mobilisation; self-inspection and correction; external evaluation;
 * rectification; summary and commendation) and tasks per phase, questionnaires on the
 * satisfaction items, external evaluators' scores, rectification items (corrective
 * actions of the quality module), and a result page published on the public site.
 */
@ApplicationModule(displayName = "Public evaluation campaigns",
		allowedDependencies = { "shared", "identity", "quality" })
package org.utilityportal.campaign;

import org.springframework.modulith.ApplicationModule;
