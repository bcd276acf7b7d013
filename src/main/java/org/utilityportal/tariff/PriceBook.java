package org.utilityportal.tariff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;

/**
 * Every published version at one moment, held in memory, for pricing many accounts
 * quickly (a billing run takes one at its start, so prices published during the run do
 * not mix in).
 */
public final class PriceBook {

	private final Map<String, List<PricedVersion>> versions;

	private final Map<String, LocalDate> retiredOn;

	PriceBook(List<Entry> entries) {
		this(entries, List.of());
	}

	PriceBook(List<Entry> entries, List<Retirement> retirements) {
		this.retiredOn = retirements.stream()
			.collect(Collectors.toMap((retired) -> key(retired.utility(), retired.category()), Retirement::from));
		this.versions = entries.stream()
			.collect(Collectors.groupingBy((entry) -> key(entry.utility(), entry.category()),
					Collectors.mapping(Entry::version, Collectors.toList())));
		this.versions.values().forEach((list) -> list.sort(Comparator.comparing(PricedVersion::effectiveFrom)));
	}

	/**
	 * The versions that price {@code [from, to)}: the one in force on {@code from} and
	 * every one taking effect before {@code to}. Empty when none is in force on
	 * {@code from}, or when the tariff is retired by then (a period that started before
	 * the retirement is priced in full).
	 */
	public List<PricedVersion> versionsFor(Utility utility, TariffCategory category, LocalDate from, LocalDate to) {
		LocalDate retired = this.retiredOn.get(key(utility, category));
		if (retired != null && !from.isBefore(retired)) {
			return List.of();
		}
		List<PricedVersion> all = this.versions.getOrDefault(key(utility, category), List.of());
		List<PricedVersion> applicable = new ArrayList<>();
		PricedVersion inForce = null;
		for (PricedVersion version : all) {
			if (!version.effectiveFrom().isAfter(from)) {
				inForce = version;
			}
			else if (version.effectiveFrom().isBefore(to)) {
				applicable.add(version);
			}
		}
		if (inForce == null) {
			return List.of();
		}
		applicable.addFirst(inForce);
		return applicable;
	}

	private static String key(Utility utility, TariffCategory category) {
		return utility + "/" + category;
	}

	/** One published version with what it prices. */
	record Entry(Utility utility, TariffCategory category, PricedVersion version) {
	}

	/** A tariff retired from a day. */
	record Retirement(Utility utility, TariffCategory category, LocalDate from) {
	}

}
