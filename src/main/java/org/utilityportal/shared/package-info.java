/**
 * Building blocks every module may use: the embedded database for development, the clock,
 * locale handling, the page layout's navigation model and the security vocabulary (roles
 * and the signed-in principal). It depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package org.utilityportal.shared;

import org.springframework.modulith.ApplicationModule;
