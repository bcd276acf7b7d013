package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Rounding;
import org.utilityportal.shared.money.Unit;

/**
 * What a payment pays for: the bills named first (an online order's), then what is left
 * of the account's opening arrears from the legacy system (the oldest debt), then the
 * oldest unpaid bills; each bill gets the smaller of what is left of the payment and what
 * is unpaid of it, and the units of its consumption that money bought, in proportion
 * (money ÷ charges × consumption, rounded half up to 3 decimals). What is left is a
 * credit. The counter, online orders and the bank's return file all allocate here.
 */
public final class Allocator {

	private Allocator() {
	}

	/** Allocates a payment to an account without opening arrears. */
	public static Result allocate(Money amount, List<Unpaid> unpaid, Collection<Long> preferred) {
		return allocate(amount, Money.ZERO, unpaid, preferred);
	}

	/**
	 * Allocates a payment.
	 * @param openingArrears what is unpaid of the account's opening arrears (zero when
	 * none)
	 * @param unpaid the account's bills with something unpaid, in any order
	 * @param preferred bills to settle first, in this order (may be empty)
	 */
	public static Result allocate(Money amount, Money openingArrears, List<Unpaid> unpaid, Collection<Long> preferred) {
		List<Unpaid> order = new ArrayList<>(unpaid);
		List<Long> first = List.copyOf(preferred);
		order.sort(Comparator
			.comparingInt((Unpaid bill) -> first.contains(bill.billId()) ? first.indexOf(bill.billId()) : first.size())
			.thenComparing(Unpaid::periodFrom)
			.thenComparingLong(Unpaid::billId));
		BigDecimal remaining = amount.amount();
		BigDecimal opening = BigDecimal.ZERO;
		boolean openingDone = !openingArrears.isPositive();
		List<Allocation> allocations = new ArrayList<>();
		for (Unpaid bill : order) {
			if (!openingDone && !first.contains(bill.billId())) {
				opening = remaining.min(openingArrears.amount());
				remaining = remaining.subtract(opening);
				openingDone = true;
			}
			if (remaining.signum() <= 0) {
				break;
			}
			BigDecimal part = remaining.min(bill.outstanding().amount());
			if (part.signum() <= 0) {
				continue;
			}
			BigDecimal units = (bill.charges().isPositive() && bill.consumption() != null)
					? Rounding.quantity(
							bill.consumption().multiply(part).divide(bill.charges().amount(), MathContext.DECIMAL64))
					: null;
			allocations.add(new Allocation(bill.billId(), new Money(part), units, bill.unit()));
			remaining = remaining.subtract(part);
		}
		if (!openingDone) {
			opening = remaining.min(openingArrears.amount());
			remaining = remaining.subtract(opening);
		}
		return new Result(List.copyOf(allocations), new Money(opening), new Money(remaining));
	}

	/**
	 * A bill with unpaid charges.
	 *
	 * @param billId the bill
	 * @param periodFrom the first day it covers (oldest is settled first)
	 * @param charges its charges
	 * @param consumption its consumption
	 * @param unit the unit
	 * @param outstanding what is unpaid
	 */
	public record Unpaid(long billId, java.time.LocalDate periodFrom, Money charges, BigDecimal consumption, Unit unit,
			Money outstanding) {

		/** The same bill after {@code paid} more of it was paid. */
		public Unpaid after(Money paid) {
			return new Unpaid(this.billId, this.periodFrom, this.charges, this.consumption, this.unit,
					this.outstanding.minus(paid));
		}

	}

	/**
	 * What a payment paid for.
	 *
	 * @param allocations the bills, in the order they were settled
	 * @param openingPaid what it paid of the account's opening arrears
	 * @param credit what is left over, held on the account
	 */
	public record Result(List<Allocation> allocations, Money openingPaid, Money credit) {

	}

}
