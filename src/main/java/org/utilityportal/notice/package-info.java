/**
 * Notices per utility and area: planned power outages, water interruptions, gas works,
 * metro service changes (first and last trains) and disruptions. Administrators write,
 * publish, withdraw and revise them; everyone reads the published ones on the public page
 * and the API; customers see those that affect the service address of one of their open
 * accounts (metro notices: every customer with an open metro account) on their landing
 * page, and get an inbox message when one is published.
 */
@ApplicationModule(displayName = "Notices", allowedDependencies = { "shared", "customer", "identity" })
package org.utilityportal.notice;

import org.springframework.modulith.ApplicationModule;
