package org.utilityportal.shared.events;

import java.time.Instant;

/**
 * The case about a bill re-check or complaint (see {@link BillRecheckRequested}) was
 * resolved, or reopened after a dissatisfied return visit. Published by casework; billing
 * pauses reminders, late-payment charges and legal steps on the bill while it is open.
 *
 * @param requestId billing's id of the request
 * @param open whether the case is open again (reopened) rather than resolved
 * @param at when
 */
public record BillRecheckStatusChanged(long requestId, boolean open, Instant at) {

}
