package org.utilityportal.customer;

/**
 * How personal data is shown unless a member of staff with the right reveals it: identity
 * numbers keep their first and last four characters ({@code 1101**********1234}), mobile
 * numbers their first three and last four ({@code 138****5678}).
 */
public final class Masking {

	private Masking() {
	}

	/**
	 * An identity number or credit code with all but the first and last four characters
	 * hidden.
	 */
	public static String idNumber(String number) {
		if (number == null || number.length() <= 8) {
			return "********";
		}
		return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
	}

	/** A mobile number with the middle four digits hidden. */
	public static String mobile(String number) {
		if (number == null || number.length() != 11) {
			return "***********";
		}
		return number.substring(0, 3) + "****" + number.substring(7);
	}

}
