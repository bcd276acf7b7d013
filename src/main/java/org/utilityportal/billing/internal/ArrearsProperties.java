package org.utilityportal.billing.internal;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When arrears get reminders and when they are flagged for a legal letter.
 *
 * @param firstReminderDays days after the due date of the oldest unpaid bill before the
 * first reminder
 * @param reminderIntervalDays days between reminders while nothing is paid
 * @param legalThreshold arrears (yuan) from which a legal letter is considered
 * @param legalAgeMonths months the oldest unpaid bill must be overdue
 * @param legalUnansweredReminders written reminders that went unanswered
 * @param suspensionAfterReminders unanswered written reminders before a suspension notice
 * @param suspensionOverdueDays days the oldest bill must be overdue before a suspension
 * notice (《电力供应与使用条例》 art. 39: more than 30 days, after being asked to pay)
 * @param suspensionNoticeDays days between the suspension notice and the earliest day
 * supply may be suspended (《供电营业规则》 (1996) art. 67: three to seven days)
 */
@ConfigurationProperties("portal.arrears")
public record ArrearsProperties(@DefaultValue("15") int firstReminderDays, @DefaultValue("30") int reminderIntervalDays,
		@DefaultValue("1000.00") BigDecimal legalThreshold, @DefaultValue("6") int legalAgeMonths,
		@DefaultValue("2") int legalUnansweredReminders, @DefaultValue("2") int suspensionAfterReminders,
		@DefaultValue("30") int suspensionOverdueDays, @DefaultValue("7") int suspensionNoticeDays) {

}
