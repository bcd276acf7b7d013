/**
 * The go-live import: customers, service accounts, opening meter readings and opening
 * balances from the CSV files a legacy billing system exports (UTF-8 or GBK). A dry run
 * lists every rejected row with its line, field and a translated message (downloadable as
 * CSV); the import then writes the whole file in one transaction or nothing, and running
 * the same file again adds nothing twice. Writes go through the owning modules' facades.
 */
@ApplicationModule(displayName = "Go-live import",
		allowedDependencies = { "shared", "audit", "customer", "metering", "billing", "tariff" })
package org.utilityportal.dataimport;

import org.springframework.modulith.ApplicationModule;
