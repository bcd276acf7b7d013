package org.utilityportal.customer;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityDocumentsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@ParameterizedTest
	@ValueSource(strings = { "110101199003071233", "11010519750512301X", "11010519750512301x", "1101 0519 7505 1230 1X",
			"440304196209302044" })
	void acceptsValidResidentIds(String id) {
		assertThat(IdentityDocuments.isValidResidentId(id, TODAY)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "110101199003071234", // wrong check digit
			"110101199002301233", // 30 February
			"990101199003071233", // no such province
			"11010119900307123", // 17 characters
			"1101011990030712333", // 19 characters
			"11010119900307123A", "" })
	void refusesInvalidResidentIds(String id) {
		assertThat(IdentityDocuments.isValidResidentId(id, TODAY)).isFalse();
	}

	@Test
	void refusesABirthDateAfterToday() {
		String first17 = "11010120261124123";
		String id = first17 + IdentityDocuments.residentCheckCharacter(first17);
		assertThat(IdentityDocuments.isValidResidentId(id, TODAY)).isFalse();
		assertThat(IdentityDocuments.isValidResidentId(id, TODAY.plusDays(1))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91110101MA01ABCD19", "911101016000123451", "92110105MA00XYW12B", "91350100M000100Y43" })
	void acceptsValidCreditCodes(String code) {
		assertThat(IdentityDocuments.isValidCreditCode(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91110101MA01ABCD18", "91110101MA01ABCDI9", "9111010160001234", "" })
	void refusesInvalidCreditCodes(String code) {
		assertThat(IdentityDocuments.isValidCreditCode(code)).isFalse();
	}

}
