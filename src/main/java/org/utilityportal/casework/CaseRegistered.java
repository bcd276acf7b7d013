package org.utilityportal.casework;

import java.util.Set;

/**
 * A case was registered (by staff, online, from a catalogue order or a bill re-check
 * request).
 *
 * @param number the case number
 * @param summary its one-line summary
 * @param handlers the people handling it (the responsible person or the counter staff of
 * the responsible team, and the owner): user account ids
 */
public record CaseRegistered(String number, String summary, Set<Long> handlers) {

}
