package org.utilityportal.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.billing.internal.CashierDay;
import org.utilityportal.billing.internal.CashierDayRepository;
import org.utilityportal.billing.internal.PaymentQueries;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.web.NotFoundException;

/**
 * The cashier's day-end (日结). A clerk sees what they took today by method (cash, card,
 * transfer: the payments they received, without those reversed), counts the cash in the
 * drawer and closes the day; the difference between counted and expected cash is kept.
 * After that the clerk takes no more counter payments on that day until a supervisor
 * (never the clerk) reopens it with a reason. Days are business days in the portal's time
 * zone.
 */
@Service
@RequiredArgsConstructor
public class CashierDays {

	private final CashierDayRepository days;

	private final PaymentQueries queries;

	private final Clock clock;

	/** Today's business date. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** What the clerk took on a day, as the payments say now. */
	@Transactional(readOnly = true)
	public Takings takings(String clerk, LocalDate day) {
		ZoneId zone = this.clock.getZone();
		return this.queries.takings(clerk, day.atStartOfDay(zone).toInstant(),
				day.plusDays(1).atStartOfDay(zone).toInstant());
	}

	/**
	 * Refuses counter money on a closed day.
	 * @throws DayClosedException when the clerk closed the day of {@code at}
	 */
	@Transactional(readOnly = true)
	public void requireOpen(String clerk, Instant at) {
		LocalDate day = LocalDate.ofInstant(at, this.clock.getZone());
		if (this.days.findByClerkAndBusinessDate(clerk, day).filter(CashierDay::isClosed).isPresent()) {
			throw new DayClosedException(clerk, day);
		}
	}

	/** The clerk's day-end of a day, if they closed it (or it was reopened). */
	@Transactional(readOnly = true)
	public java.util.Optional<DayEndView> of(String clerk, LocalDate day) {
		return this.days.findByClerkAndBusinessDate(clerk, day).map(this::view);
	}

	/**
	 * The clerk closes their day with the cash they counted.
	 * @throws IllegalStateException when the day is closed already
	 * @throws IllegalArgumentException for a day in the future
	 */
	@Transactional
	public DayEndView close(String clerk, LocalDate day, Money countedCash, String note) {
		if (day.isAfter(today())) {
			throw new IllegalArgumentException("A day is closed when it has come");
		}
		Takings takings = takings(clerk, day);
		String text = (note == null || note.isBlank()) ? null : note.strip();
		var existing = this.days.findByClerkAndBusinessDate(clerk, day);
		CashierDay closed;
		if (existing.isPresent()) {
			closed = existing.get();
			closed.close(takings, countedCash, text, this.clock.instant());
		}
		else {
			closed = new CashierDay(clerk, day, takings, countedCash, text, this.clock.instant());
		}
		return view(this.days.saveAndFlush(closed));
	}

	/**
	 * A supervisor reopens a clerk's day.
	 * @throws StaleEditException when it changed since the supervisor saw it
	 * @throws IllegalStateException when it is not closed, or the supervisor is the clerk
	 */
	@Transactional
	public void reopen(long dayId, long version, String supervisor, String reason) {
		CashierDay day = this.days.findById(dayId).orElseThrow(() -> new NotFoundException("Day-end"));
		if (day.getVersion() != version) {
			throw new StaleEditException("Day-end " + dayId);
		}
		day.reopen(supervisor, reason.strip(), this.clock.instant());
		this.days.flush();
	}

	/** The day-ends of the last days, newest first, for supervisors. */
	@Transactional(readOnly = true)
	public List<DayEndView> recent(int days) {
		return this.days.since(today().minusDays(days)).stream().map(this::view).toList();
	}

	private DayEndView view(CashierDay day) {
		return new DayEndView(day.getId(), day.getClerk(), day.getBusinessDate(), day.isClosed(), day.takingsAtClose(),
				day.getCountedCash(), day.getNote(), day.getClosedAt(), takings(day.getClerk(), day.getBusinessDate()),
				day.getReopenedBy(), day.getReopenReason(), day.getVersion());
	}

}
