/**
 * Notices to staff and customers: an in-app inbox under {@code /inbox}, and e-mail
 * through the {@code mail_outbox} table, which a sender drains every minute when SMTP is
 * configured ({@code spring.mail.host}). Without SMTP the outbox simply keeps the mail.
 * The notices about cases come from casework's events, those about inspections and
 * corrective actions from quality's, the messages about published notices from the notice
 * module's; registration codes (customer's events) go out by text message.
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "casework", "quality", "notice", "customer" })
package org.utilityportal.notification;

import org.springframework.modulith.ApplicationModule;
