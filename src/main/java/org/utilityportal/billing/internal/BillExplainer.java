package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.utilityportal.billing.BillView;
import org.utilityportal.billing.Explanation;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.tariff.ChargeLine;
import org.utilityportal.tariff.LineKind;

/**
 * "Why is this bill different": plain sentences generated from the data, comparing a bill
 * with the previous one and with the same period a year earlier. Every sentence is a
 * message key with its figures, so it reads in both languages. No guessing: a sentence
 * appears only when the data shows its cause.
 */
public final class BillExplainer {

	private BillExplainer() {
	}

	public static List<Explanation> explain(BillView bill, BillView previous, BillView lastYear) {
		List<Explanation> sentences = new ArrayList<>();
		if (previous == null) {
			sentences.add(explanation("explain.first"));
		}
		else {
			long dayDifference = bill.days() - previous.days();
			if (dayDifference != 0) {
				sentences.add(explanation((dayDifference > 0) ? "explain.moreDays" : "explain.fewerDays", bill.days(),
						previous.days(), Math.abs(dayDifference)));
			}
			change(sentences, "explain.vsPrevious", bill.consumption(), previous.consumption(), bill);
			int top = highestStep(bill.lines());
			if (top > highestStep(previous.lines()) && top > 1) {
				sentences.add(explanation("explain.newStep", top, stepPrice(bill.lines(), top)));
			}
			Set<String> documents = documents(bill.lines());
			documents.removeAll(documents(previous.lines()));
			for (String document : documents) {
				sentences.add(explanation(bill.isSplit() ? "explain.priceChangeSplit" : "explain.priceChange", document,
						firstDay(bill.lines(), document)));
			}
		}
		if (lastYear != null) {
			change(sentences, "explain.vsLastYear", bill.consumption(), lastYear.consumption(), bill);
		}
		if (bill.closingSource() == ReadingSource.ESTIMATED) {
			sentences.add(explanation("explain.estimated", bill.closingOn()));
		}
		if (bill.lines().stream().anyMatch((line) -> line.kind() == LineKind.CORRECTION)) {
			sentences.add(explanation("explain.correction", sum(bill.lines(), LineKind.CORRECTION)));
		}
		if (bill.lines().stream().anyMatch((line) -> line.kind() == LineKind.ADJUSTMENT)) {
			sentences.add(explanation("explain.adjustment", sum(bill.lines(), LineKind.ADJUSTMENT)));
		}
		if (bill.lines().stream().anyMatch((line) -> line.kind() == LineKind.LATE_CHARGE)) {
			sentences.add(explanation("explain.lateCharge", sum(bill.lines(), LineKind.LATE_CHARGE)));
		}
		if (bill.lines().stream().anyMatch(ChargeLine::season)) {
			sentences.add(explanation("explain.season"));
		}
		return sentences;
	}

	private static void change(List<Explanation> sentences, String key, BigDecimal now, BigDecimal before,
			BillView bill) {
		if (before.signum() <= 0) {
			return;
		}
		BigDecimal difference = now.subtract(before);
		BigDecimal percent = difference.multiply(BigDecimal.valueOf(100)).divide(before, 0, RoundingMode.HALF_UP);
		String direction = (difference.signum() > 0) ? "up" : (difference.signum() < 0) ? "down" : "same";
		sentences.add(explanation(key + "." + direction, plain(difference.abs()), percent.abs(), plain(before)));
	}

	private static int highestStep(List<ChargeLine> lines) {
		return lines.stream().filter((line) -> line.kind() == LineKind.TIER).mapToInt(ChargeLine::step).max().orElse(0);
	}

	private static String stepPrice(List<ChargeLine> lines, int step) {
		return lines.stream()
			.filter((line) -> line.kind() == LineKind.TIER && line.step() == step)
			.map((line) -> line.price().perUnit().toPlainString())
			.findFirst()
			.orElse("");
	}

	private static Set<String> documents(List<ChargeLine> lines) {
		return lines.stream()
			.filter((line) -> line.documentNumber() != null && line.kind() != LineKind.CORRECTION
					&& line.kind() != LineKind.LATE_CHARGE)
			.map(ChargeLine::documentNumber)
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	private static java.time.LocalDate firstDay(List<ChargeLine> lines, String document) {
		return lines.stream()
			.filter((line) -> document.equals(line.documentNumber()))
			.map(ChargeLine::from)
			.min(java.time.LocalDate::compareTo)
			.orElse(null);
	}

	private static String sum(List<ChargeLine> lines, LineKind kind) {
		return lines.stream()
			.filter((line) -> line.kind() == kind)
			.map((line) -> line.amount().amount())
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.toPlainString();
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static Explanation explanation(String key, Object... args) {
		return new Explanation(key, List.of(args));
	}

}
