package org.utilityportal.notice;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.utilityportal.shared.domain.Utility;

/** What a notice announces; each kind belongs to one utility. */
public enum NoticeKind {

	/** Planned power outage (计划停电) for maintenance or works. */
	PLANNED_OUTAGE(Utility.ELECTRICITY),

	/** Power outage after a fault (故障停电), with the expected restoration time. */
	FAULT_OUTAGE(Utility.ELECTRICITY),

	/** Water interruption (停水) for pipe works or repairs. */
	WATER_INTERRUPTION(Utility.WATER),

	/** Reduced water pressure (降压供水). */
	LOW_WATER_PRESSURE(Utility.WATER),

	/** Gas works (燃气施工) nearby: pipe replacement, inspection, digging. */
	GAS_WORKS(Utility.GAS),

	/** Gas supply interrupted (停气). */
	GAS_INTERRUPTION(Utility.GAS),

	/** Metro service change: first or last train times, timetable, closed entrances. */
	METRO_SERVICE_CHANGE(Utility.METRO),

	/** Metro disruption: a line or section not running or running late. */
	METRO_DISRUPTION(Utility.METRO);

	private final Utility utility;

	NoticeKind(Utility utility) {
		this.utility = utility;
	}

	/** The utility the kind belongs to. */
	public Utility utility() {
		return this.utility;
	}

	/** Whether notices of this kind name metro lines instead of service areas. */
	public boolean isMetro() {
		return this.utility == Utility.METRO;
	}

	/** The message key of the kind's name. */
	public String messageKey() {
		return "notice.kind." + name().toLowerCase(Locale.ROOT);
	}

	/** The kinds of one utility. */
	public static List<NoticeKind> of(Utility utility) {
		return Arrays.stream(values()).filter((kind) -> kind.utility == utility).toList();
	}

}
