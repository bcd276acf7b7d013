package org.utilityportal.customer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the two identity documents a customer can give: the PRC resident identity number
 * (GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character) and an
 * organisation's unified social credit code (GB 32100-2015: 18 characters with a MOD 31
 * check character).
 */
public final class IdentityDocuments {

	private static final int[] RESIDENT_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String RESIDENT_CHECK = "10X98765432";

	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82");

	private static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] CREDIT_CODE_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private IdentityDocuments() {
	}

	/** Upper case without spaces, as stored. */
	public static String normalise(String number) {
		return (number != null) ? number.replaceAll("\\s", "").toUpperCase(Locale.ROOT) : "";
	}

	/**
	 * Whether this is a valid resident identity number: 18 characters, a known province,
	 * a real birth date not after {@code today}, and the right check character.
	 */
	public static boolean isValidResidentId(String number, LocalDate today) {
		String id = normalise(number);
		if (!id.matches("[0-9]{17}[0-9X]") || !PROVINCES.contains(id.substring(0, 2))) {
			return false;
		}
		try {
			LocalDate born = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
			if (born.getYear() < 1900 || born.isAfter(today)) {
				return false;
			}
		}
		catch (DateTimeException ex) {
			return false;
		}
		return id.charAt(17) == residentCheckCharacter(id.substring(0, 17));
	}

	/** The check character of the first 17 digits of a resident identity number. */
	public static char residentCheckCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
		}
		return RESIDENT_CHECK.charAt(sum % 11);
	}

	/** Whether this is a valid unified social credit code. */
	public static boolean isValidCreditCode(String code) {
		String id = normalise(code);
		if (id.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (CREDIT_CODE_CHARACTERS.indexOf(id.charAt(i)) < 0) {
				return false;
			}
		}
		return id.charAt(17) == creditCodeCheckCharacter(id.substring(0, 17));
	}

	/** The check character of the first 17 characters of a unified social credit code. */
	public static char creditCodeCheckCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CREDIT_CODE_CHARACTERS.indexOf(first17.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return CREDIT_CODE_CHARACTERS.charAt(check);
	}

}
