package org.utilityportal.billing.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.utilityportal.billing.Takings;
import org.utilityportal.shared.money.Money;

/**
 * A clerk's closed day (日结): the takings by method as the payments showed them when the
 * day was closed, the cash the clerk counted, and who reopened it and why. A reopened day
 * takes payments again until the clerk closes it once more.
 */
@Entity
@Table(name = "cashier_day")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CashierDay {

	/** The states of a day. */
	public enum Status {

		CLOSED, REOPENED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String clerk;

	private LocalDate businessDate;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Status status;

	private Money cashTotal;

	private int cashCount;

	private Money cardTotal;

	private int cardCount;

	private Money transferTotal;

	private int transferCount;

	private Money countedCash;

	private String note;

	private Instant closedAt;

	private String reopenedBy;

	private Instant reopenedAt;

	private String reopenReason;

	@Version
	private long version;

	public CashierDay(String clerk, LocalDate businessDate, Takings takings, Money countedCash, String note,
			Instant at) {
		this.clerk = clerk;
		this.businessDate = businessDate;
		close(takings, countedCash, note, at);
	}

	/** Whether the clerk may take payments on this day. */
	public boolean isClosed() {
		return this.status == Status.CLOSED;
	}

	/**
	 * Closes the day (again, after a reopening) with the takings as they are now.
	 * @throws IllegalStateException when it is closed already
	 */
	public void close(Takings takings, Money countedCash, String note, Instant at) {
		if (this.status == Status.CLOSED) {
			throw new IllegalStateException("The day " + this.businessDate + " of " + this.clerk + " is closed");
		}
		this.status = Status.CLOSED;
		this.cashTotal = takings.cash().total();
		this.cashCount = takings.cash().count();
		this.cardTotal = takings.card().total();
		this.cardCount = takings.card().count();
		this.transferTotal = takings.transfer().total();
		this.transferCount = takings.transfer().count();
		this.countedCash = countedCash;
		this.note = note;
		this.closedAt = at;
	}

	/**
	 * A supervisor reopens the day so the clerk can correct it.
	 * @throws IllegalStateException when it is not closed, or the supervisor is the clerk
	 */
	public void reopen(String by, String reason, Instant at) {
		if (this.status != Status.CLOSED || by.equals(this.clerk)) {
			throw new IllegalStateException("The day cannot be reopened by " + by);
		}
		this.status = Status.REOPENED;
		this.reopenedBy = by;
		this.reopenReason = reason;
		this.reopenedAt = at;
	}

	/** The takings as they were when the day was closed. */
	public Takings takingsAtClose() {
		return new Takings(new Takings.ByMethod(this.cashCount, this.cashTotal),
				new Takings.ByMethod(this.cardCount, this.cardTotal),
				new Takings.ByMethod(this.transferCount, this.transferTotal), 0);
	}

}
