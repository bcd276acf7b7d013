package org.utilityportal.settings;

import java.math.BigDecimal;

/**
 * The rules DOMAIN.md calls configurable defaults. Each starts at the value of its
 * configuration property (application.yml, or the environment variable named in the
 * README) and is then changed by administrators on {@code /admin/settings}.
 */
public enum Setting {

	/** Cases involving at least this many yuan go to tier 2 the same day. */
	SAME_DAY_AMOUNT("portal.casework.same-day-amount", "10000.00", Kind.MONEY, "0", "100000000"),

	/** The first written arrears reminder, days after the due date. */
	ARREARS_FIRST_REMINDER_DAYS("portal.arrears.first-reminder-days", "15", Kind.DAYS, "1", "365"),

	/** Days between written arrears reminders. */
	ARREARS_REMINDER_INTERVAL_DAYS("portal.arrears.reminder-interval-days", "30", Kind.DAYS, "1", "365"),

	/** Arrears of at least this many yuan may be flagged for a legal letter. */
	ARREARS_LEGAL_THRESHOLD("portal.arrears.legal-threshold", "1000.00", Kind.MONEY, "0", "100000000"),

	/** Arrears at least this many months old may be flagged for a legal letter. */
	ARREARS_LEGAL_AGE_MONTHS("portal.arrears.legal-age-months", "6", Kind.MONTHS, "1", "120"),

	/** Unanswered written reminders before the legal-letter flag. */
	ARREARS_LEGAL_REMINDERS("portal.arrears.legal-unanswered-reminders", "2", Kind.COUNT, "1", "20"),

	/** Unanswered written reminders before a suspension notice (issue 11). */
	ARREARS_SUSPENSION_REMINDERS("portal.arrears.suspension-after-reminders", "2", Kind.COUNT, "1", "20"),

	/**
	 * Days the oldest bill must be overdue before a suspension notice (《电力供应与使用条例》 art.
	 * 39: more than 30 days, after being asked to pay).
	 */
	ARREARS_SUSPENSION_OVERDUE_DAYS("portal.arrears.suspension-overdue-days", "30", Kind.DAYS, "1", "365"),

	/**
	 * Days between the suspension notice and the earliest day supply may be suspended
	 * (《供电营业规则》 (1996) art. 67: three to seven days).
	 */
	ARREARS_SUSPENSION_NOTICE_DAYS("portal.arrears.suspension-notice-days", "7", Kind.DAYS, "1", "60");

	/** What a value is, which decides how it is read and shown. */
	public enum Kind {

		/** Yuan, at most 2 decimals. */
		MONEY,
		/** Whole days. */
		DAYS,
		/** Whole months. */
		MONTHS,
		/** A whole number. */
		COUNT

	}

	private final String property;

	private final String fallback;

	private final Kind kind;

	private final BigDecimal min;

	private final BigDecimal max;

	Setting(String property, String fallback, Kind kind, String min, String max) {
		this.property = property;
		this.fallback = fallback;
		this.kind = kind;
		this.min = new BigDecimal(min);
		this.max = new BigDecimal(max);
	}

	/** The configuration property its default comes from. */
	public String property() {
		return this.property;
	}

	/** The default when the property is not set either. */
	public String fallback() {
		return this.fallback;
	}

	/** What kind of value it is. */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * The value in its stored form, or empty when the text is not a valid value (not a
	 * number, too many decimals, out of range).
	 */
	public java.util.Optional<String> normalise(String text) {
		try {
			BigDecimal value = new BigDecimal((text != null) ? text.strip().replace(",", "") : "");
			int scale = (this.kind == Kind.MONEY) ? 2 : 0;
			if (value.scale() > scale || value.compareTo(this.min) < 0 || value.compareTo(this.max) > 0) {
				return java.util.Optional.empty();
			}
			return java.util.Optional.of(value.setScale(scale).toPlainString());
		}
		catch (NumberFormatException ex) {
			return java.util.Optional.empty();
		}
	}

	/** The smallest value allowed. */
	public BigDecimal min() {
		return this.min;
	}

	/** The largest value allowed. */
	public BigDecimal max() {
		return this.max;
	}

	/** The message key of its name. */
	public String messageKey() {
		return "setting." + name();
	}

}
