/**
 * The access log: every staff view of a customer's personal data, every search and every
 * reveal of a masked field, with who, when and through which channel. Append-only (a
 * database trigger refuses updates and deletes). Supervisors and administrators read it
 * under {@code /audit}.
 */
@ApplicationModule(displayName = "Access log", allowedDependencies = { "shared", "identity" })
package org.utilityportal.audit;

import org.springframework.modulith.ApplicationModule;
