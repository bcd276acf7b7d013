/**
 * Configurable defaults of the domain (the same-day escalation amount of cases, the
 * arrears reminder days and legal-letter thresholds): one page where administrators
 * change them, each change recorded and in force at once, on every instance.
 */
@ApplicationModule(displayName = "Settings", allowedDependencies = { "shared" })
package org.utilityportal.settings;

import org.springframework.modulith.ApplicationModule;
