package org.utilityportal.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.audit.internal.AccessLogQueries;
import org.utilityportal.audit.internal.AccessLogWriter;
import org.utilityportal.identity.StaffDirectory;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Records and reads the access log. Recording joins the caller's transaction when there
 * is one, so a view that fails leaves no record and a record never exists without its
 * view.
 */
@Service
@RequiredArgsConstructor
public class AccessLog {

	/** Longest search text or detail kept. */
	private static final int DETAIL_LENGTH = 200;

	private final AccessLogQueries queries;

	private final AccessLogWriter writer;

	private final Clock clock;

	private final StaffDirectory staff;

	/**
	 * Records one access by a member of staff.
	 * @param customerId the customer whose data was seen, or {@code null} for a search
	 * @param field the revealed field, or {@code null}
	 * @param detail search text or description, cut to 200 characters, or {@code null}
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(PortalPrincipal staff, AccessAction action, AccessChannel channel, Long customerId, String field,
			String detail) {
		if (!staff.role().isStaff()) {
			throw new IllegalArgumentException("Only staff access is logged: " + staff.username());
		}
		String cut = (detail != null && detail.length() > DETAIL_LENGTH) ? detail.substring(0, DETAIL_LENGTH) : detail;
		this.writer.insert(OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC), staff.userId(),
				staff.displayName(), staff.workNumber().orElse(null), action, channel, customerId, field, cut);
	}

	/** One page of entries, newest first. */
	@Transactional(readOnly = true)
	public List<AccessLogEntry> find(AccessLogFilter filter, int page, int pageSize) {
		return this.queries.find(filter, staffId(filter), this.clock.getZone(), page * pageSize, pageSize);
	}

	/** Every matching entry, newest first, handed over one at a time (for CSV export). */
	@Transactional(readOnly = true)
	public void forEach(AccessLogFilter filter, Consumer<AccessLogEntry> consumer) {
		this.queries.stream(filter, staffId(filter), this.clock.getZone(), consumer);
	}

	private Long staffId(AccessLogFilter filter) {
		return filter.hasStaff() ? this.staff.idOfUsername(filter.staff()).orElse(null) : null;
	}

}
