package org.utilityportal.casework.internal;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.utilityportal.casework.Platform;

/**
 * The ticket of the platform a case came from: its number (unique per platform, a second
 * case with it is refused) and the platform's own deadline for the reply, which wins over
 * the case's resolution deadline when it is earlier (first round only: a case reopened
 * after the return visit is the utility's own business again).
 *
 * @param platform the platform
 * @param ticket the platform's ticket number
 * @param dueAt the platform's deadline, or {@code null} when it gave none
 */
@Embeddable
public record PlatformTicket(@Enumerated(EnumType.STRING) Platform platform,
		@Column(name = "platform_ticket") String ticket, @Column(name = "platform_due_at") Instant dueAt) {

	public PlatformTicket {
		Objects.requireNonNull(platform, "platform");
		if (ticket == null || ticket.isBlank()) {
			throw new IllegalArgumentException("A platform case carries the platform's ticket number");
		}
	}

}
