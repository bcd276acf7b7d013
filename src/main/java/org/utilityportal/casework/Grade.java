package org.utilityportal.casework;

/**
 * Severity × impact, each 1–3, gives a grade 1–9; policies are set per band: A (6–9,
 * urgent), B (3–4), C (1–2).
 */
public final class Grade {

	private Grade() {
	}

	/** The band of a grade. */
	public static String band(int grade) {
		return (grade >= 6) ? "A" : (grade >= 3) ? "B" : "C";
	}

}
