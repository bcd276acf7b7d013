/**
 * The front door: the public start page, each role's landing page (built from the menu
 * entries the other modules contribute) and the root of the JSON API.
 */
@ApplicationModule(displayName = "Home", allowedDependencies = { "shared" })
package org.utilityportal.home;

import org.springframework.modulith.ApplicationModule;
