package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.utilityportal.shared.money.Unit;

/**
 * One step of a stepped time-of-use bill as the customer reads it: the step's quantity
 * and how it was shared between the time-of-use periods, e.g. "第2档 120 kWh：峰 90 × 0.677，谷
 * 30 × 0.337". Built from the lines, so a bill read back from the database shows the
 * same.
 *
 * @param step the step number
 * @param from first day of the part of the period it covers
 * @param total the step's quantity (the sum of its parts)
 * @param unit kWh
 * @param parts the step's quantity per time-of-use period, peak first
 */
public record StepSplit(int step, LocalDate from, BigDecimal total, Unit unit, List<ChargeLine> parts) {

	/** The steps of lines that were shared between time-of-use periods. */
	public static List<StepSplit> of(List<ChargeLine> lines) {
		Map<String, List<ChargeLine>> byStep = new LinkedHashMap<>();
		for (ChargeLine line : lines) {
			if (line.kind() == LineKind.TIER && line.band() != null) {
				byStep.computeIfAbsent(line.from() + "/" + line.step(), (key) -> new ArrayList<>()).add(line);
			}
		}
		return byStep.values().stream().map((parts) -> {
			ChargeLine first = parts.getFirst();
			BigDecimal total = parts.stream()
				.map((part) -> part.quantity().value())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			return new StepSplit(first.step(), first.from(), total, first.quantity().unit(), List.copyOf(parts));
		}).toList();
	}

}
