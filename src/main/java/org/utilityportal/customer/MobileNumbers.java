package org.utilityportal.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Mainland China mobile numbers: 11 digits starting 13 to 19. */
public final class MobileNumbers {

	private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	private MobileNumbers() {
	}

	/**
	 * Digits only, without spaces, dashes or a leading +86 / 0086; empty for
	 * {@code null}.
	 */
	public static String normalise(String number) {
		if (number == null) {
			return "";
		}
		String digits = number.replaceAll("[\\s\\-()]", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("0086")) {
			digits = digits.substring(4);
		}
		return digits;
	}

	/**
	 * The numbers to keep after an edit form where a blank field keeps the number on
	 * file.
	 * @param onFile the numbers stored now (empty when opening a record)
	 * @param first the first number typed, blank to keep the stored one
	 * @param second the second number typed, blank to keep the stored one
	 * @param removeSecond whether to drop the stored second number
	 * @return one or two distinct normalised numbers, first number first
	 */
	public static List<String> merge(List<String> onFile, String first, String second, boolean removeSecond) {
		List<String> numbers = new ArrayList<>();
		String typedFirst = normalise(first);
		numbers.add((typedFirst.isEmpty() && !onFile.isEmpty()) ? onFile.getFirst() : typedFirst);
		String typedSecond = normalise(second);
		if (!typedSecond.isEmpty()) {
			numbers.add(typedSecond);
		}
		else if (onFile.size() > 1 && !removeSecond) {
			numbers.add(onFile.get(1));
		}
		return numbers.stream().distinct().toList();
	}

	/** Whether the number, once normalised, is a mainland mobile number. */
	public static boolean isValid(String number) {
		return MOBILE.matcher(normalise(number)).matches();
	}

}
