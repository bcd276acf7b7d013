package org.utilityportal.casework;

import java.time.Instant;
import java.util.List;

/**
 * An SLA policy change waiting for a second administrator: limits in minutes as in
 * {@link SlaPolicyView}.
 *
 * @param id draft id
 * @param policyId the policy it changes, {@code null} for a new policy
 * @param nature the nature it applies to
 * @param subject the subject, or {@code null} for any
 * @param gradeBand A, B or C, or {@code null} for any
 * @param limits the proposed limits, as a policy view (its id is the draft's policy id or
 * 0)
 * @param writtenBy who wrote it
 * @param writtenAt when
 * @param editors who edited it since (they cannot put it in force either)
 * @param version the version an action must be taken from
 */
public record SlaPolicyDraftView(long id, Long policyId, Nature nature, Subject subject, String gradeBand,
		SlaPolicyView limits, String writtenBy, Instant writtenAt, List<String> editors, long version) {

}
