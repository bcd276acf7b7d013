package org.utilityportal.billing.internal;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.utilityportal.billing.Refunds;
import org.utilityportal.customer.AccountClosing;
import org.utilityportal.customer.CloseAccountForm;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.ReadingForm;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Billing's part in closing a metered account: the final reading is recorded (checked
 * like any reading) and the final bill issued up to it; afterwards a credit is asked to
 * be refunded (a second person approves, the payout is recorded), a debt stays on the
 * account and its dunning goes on. After a transfer the new owner's account starts from
 * the same reading on the same day.
 */
@Component
@RequiredArgsConstructor
class FinalBillOnClosing implements AccountClosing {

	private final MeterReadings readings;

	private final FinalBillWriter finalBills;

	private final Refunds refunds;

	private final Clock clock;

	@Override
	public void settle(ServiceAccountView account, CloseAccountForm form, PortalPrincipal by, Errors errors) {
		if (!account.utility().isMetered()) {
			return;
		}
		if (form.getFinalReading() == null) {
			errors.rejectValue("finalReading", "finalBill.error.reading");
			return;
		}
		Errors reading = record(account.id(), form, by);
		if (reading.hasErrors()) {
			reading.getAllErrors()
				.forEach((error) -> errors.rejectValue(field(error), error.getCode(), error.getArguments(),
						error.getDefaultMessage()));
			return;
		}
		if (this.readings.history(account.id(), 2).size() < 2) {
			// The final reading is the meter's first: nothing was used, nothing to bill.
			return;
		}
		FinalBillWriter.Issued issued;
		try {
			issued = this.finalBills.issue(account.id());
		}
		catch (Exception ex) {
			throw new IllegalStateException("The final bill of " + account.accountNumber() + " failed", ex);
		}
		if (issued.billNumber() == null) {
			errors.rejectValue(
					issued.skip() == org.utilityportal.billing.SkipReason.NO_BANDS ? "finalPeak" : "finalReading",
					"finalBill.error." + issued.skip().name());
		}
	}

	@Override
	public void closed(ServiceAccountView account, CloseAccountForm form, Long successorAccountId, PortalPrincipal by) {
		if (!account.utility().isMetered()) {
			return;
		}
		Money refundable = this.refunds.refundable(account.id());
		if (refundable.isPositive()) {
			this.refunds.request(account.id(), refundable, true, null, "销户退还预存余额 / Refund of the credit at closing",
					by.username());
		}
		if (successorAccountId != null) {
			Errors errors = record(successorAccountId, form, by);
			if (errors.hasErrors()) {
				throw new IllegalStateException("The new owner's opening reading was refused: " + errors);
			}
		}
	}

	/**
	 * Records the final reading on an account (today); the result says what was wrong.
	 */
	private Errors record(long accountId, CloseAccountForm form, PortalPrincipal by) {
		ReadingForm reading = readingForm(form);
		Errors errors = new BeanPropertyBindingResult(reading, "reading");
		this.readings.record(accountId, reading, by, ReadingSource.ACTUAL, errors);
		return errors;
	}

	private ReadingForm readingForm(CloseAccountForm form) {
		ReadingForm reading = new ReadingForm();
		reading.setReadOn(LocalDate.now(this.clock));
		reading.setTotal(form.getFinalReading());
		reading.setPeak(form.getFinalPeak());
		reading.setFlat(form.getFinalFlat());
		reading.setValley(form.getFinalValley());
		reading.setConfirmHighUsage(true);
		return reading;
	}

	/** The closing form's field for a reading form's field. */
	private static String field(org.springframework.validation.ObjectError error) {
		if (!(error instanceof org.springframework.validation.FieldError fieldError)) {
			return "finalReading";
		}
		return switch (fieldError.getField()) {
			case "peak" -> "finalPeak";
			case "flat" -> "finalFlat";
			case "valley" -> "finalValley";
			default -> "finalReading";
		};
	}

}
