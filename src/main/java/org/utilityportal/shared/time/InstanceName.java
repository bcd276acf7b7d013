package org.utilityportal.shared.time;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * The name of this running instance of the portal, unique among the instances sharing a
 * database: {@code PORTAL_INSTANCE} when set (the docker-compose and cluster scripts set
 * it), else host name and process id, with a random tail so a restarted process never
 * takes over its predecessor's name. Shown on the billing run page and in scheduler
 * locks.
 */
public final class InstanceName {

	private static final String NAME = choose();

	private InstanceName() {
	}

	/** This instance's name, at most 64 characters. */
	public static String get() {
		return NAME;
	}

	private static String choose() {
		String configured = System.getenv("PORTAL_INSTANCE");
		String base = (configured != null && !configured.isBlank()) ? configured.strip() : host() + "-" + pid();
		String name = base + "-" + UUID.randomUUID().toString().substring(0, 8);
		return (name.length() <= 64) ? name : name.substring(name.length() - 64);
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "portal";
		}
	}

	private static long pid() {
		return ManagementFactory.getRuntimeMXBean().getPid();
	}

}
