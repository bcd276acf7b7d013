package org.utilityportal.bench;

import java.util.Arrays;

/** Percentiles of measured request times, in milliseconds. */
record Latencies(String name, int requests, double p50, double p95, double p99, double max) {

	static Latencies of(String name, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new Latencies(name, sorted.length, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
				sorted[sorted.length - 1] / 1_000_000.0);
	}

	private static double millis(long[] sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

	String markdownRow() {
		return String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f |", this.name, this.requests, this.p50, this.p95,
				this.p99, this.max);
	}

}
