package org.utilityportal.notice;

import java.util.List;

/**
 * A notice that affects some of a customer's open accounts.
 *
 * @param notice the notice
 * @param accountNumbers the customer's own accounts it affects, in order
 */
public record AffectedNotice(NoticeView notice, List<String> accountNumbers) {

}
