/**
 * The service catalogue of each utility: what a service is, who may apply, the documents
 * it needs, its fee with the document that published it, the blockers known in advance,
 * and its service commitment (a time limit). Services are published in versions like
 * prices. Ordering a service places an order tracked by a case whose clock is the
 * service's commitment; the case's resolution triggers the return visit as for every
 * case.
 */
@ApplicationModule(displayName = "Service catalogue",
		allowedDependencies = { "shared", "audit", "customer", "casework" })
package org.utilityportal.catalogue;

import org.springframework.modulith.ApplicationModule;
