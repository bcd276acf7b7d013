package org.utilityportal.notice;

import java.util.Set;

/**
 * A notice was published (a first version, or a revision that replaced the notice it
 * corrects).
 *
 * @param noticeId the notice
 * @param revision whether it corrects an earlier notice
 * @param titleZh its title in Simplified Chinese
 * @param titleEn its title in English
 * @param recipients the customers to tell: user account ids of the enabled portal
 * accounts of customers with an open account of the utility in one of its areas; empty
 * for metro notices (every card holder sees them on their landing page)
 */
public record NoticePublished(long noticeId, boolean revision, String titleZh, String titleEn, Set<Long> recipients) {

}
