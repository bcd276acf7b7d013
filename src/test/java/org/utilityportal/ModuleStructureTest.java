package org.utilityportal;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the module boundaries honest: no cycles, and no module reaches into another's
 * internal packages.
 */
class ModuleStructureTest {

	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

}
