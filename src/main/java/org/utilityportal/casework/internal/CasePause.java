package org.utilityportal.casework.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.utilityportal.calendar.Interval;

/**
 * A time the case waited for the customer, owned by its {@link ServiceCase}: its clocks
 * stop from {@code pausedAt} until {@code resumedAt} ({@code null} while it waits; at
 * most one pause of a case is open, a unique index makes sure).
 */
@Entity
@Table(name = "case_pause")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CasePause extends OwnedByCase {

	private Instant pausedAt;

	private Instant resumedAt;

	CasePause(ServiceCase serviceCase, Instant pausedAt) {
		super(serviceCase);
		this.pausedAt = pausedAt;
	}

	/** Whether the case still waits. */
	public boolean isOpen() {
		return this.resumedAt == null;
	}

	void end(Instant at) {
		this.resumedAt = at.isBefore(this.pausedAt) ? this.pausedAt : at;
	}

	/** The pause as an interval of time the clocks do not count. */
	public Interval interval() {
		return new Interval(this.pausedAt, this.resumedAt);
	}

}
