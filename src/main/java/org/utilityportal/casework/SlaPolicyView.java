package org.utilityportal.casework;

/**
 * An SLA policy: limits in working minutes (or clock minutes when {@code allHours}).
 *
 * @param id policy id
 * @param nature the nature it applies to
 * @param subject the subject, or {@code null} for any
 * @param gradeBand A, B or C, or {@code null} for any
 * @param allHours resolution, tiers and return visit count every hour (24×7) instead of
 * working time
 * @param firstReplyAllHours the first reply counts every hour (the default: 24 clock
 * hours)
 * @param firstReplyMinutes first reply limit
 * @param resolutionMinutes resolution limit
 * @param returnVisitMinutes return visit limit after resolution
 * @param tier2Minutes time at tier 2 before tier 3
 * @param tier3Minutes time at tier 3 before tier 4
 * @param tier4Minutes reminder period at tier 4
 * @param warningPercent share of a limit after which a warning goes out
 * @param version optimistic-locking version
 */
public record SlaPolicyView(long id, Nature nature, Subject subject, String gradeBand, boolean allHours,
		boolean firstReplyAllHours, int firstReplyMinutes, int resolutionMinutes, int returnVisitMinutes,
		int tier2Minutes, int tier3Minutes, int tier4Minutes, int warningPercent, long version) {

}
