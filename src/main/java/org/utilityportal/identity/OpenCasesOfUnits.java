package org.utilityportal.identity;

import java.util.Collection;
import java.util.Map;

/**
 * What another module still has open in organisation units, so a unit is not moved or
 * closed under it. The case module declares a bean of this type (identity cannot depend
 * on it); without one, nothing counts as open.
 */
public interface OpenCasesOfUnits {

	/**
	 * Open cases by the id of their responsible unit, for these units (units with none
	 * left out).
	 */
	Map<Long, Long> openCasesByUnit(Collection<Long> unitIds);

}
