package org.utilityportal.customer;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MobileNumbersAndMaskingTest {

	@ParameterizedTest
	@ValueSource(strings = { "13812345678", "138 1234 5678", "138-1234-5678", "+8613812345678", "008613812345678",
			"19912345678" })
	void acceptsMainlandMobileNumbers(String number) {
		assertThat(MobileNumbers.isValid(number)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12812345678", "1381234567", "138123456789", "010-12345678", "abcdefghijk", "" })
	void refusesOtherNumbers(String number) {
		assertThat(MobileNumbers.isValid(number)).isFalse();
	}

	@Test
	void masksIdentityAndMobileNumbersLikeTheIssueSays() {
		assertThat(Masking.idNumber("110101199003071234")).isEqualTo("1101**********1234");
		assertThat(Masking.mobile("13812345678")).isEqualTo("138****5678");
		assertThat(Masking.idNumber(null)).doesNotContainPattern("[0-9]");
	}

	@Test
	void aBlankFieldKeepsTheNumberOnFile() {
		List<String> onFile = List.of("13812345678", "13900001111");
		assertThat(MobileNumbers.merge(onFile, "", "", false)).containsExactly("13812345678", "13900001111");
		assertThat(MobileNumbers.merge(onFile, "13700000000", "", false)).containsExactly("13700000000", "13900001111");
		assertThat(MobileNumbers.merge(onFile, "", "", true)).containsExactly("13812345678");
		assertThat(MobileNumbers.merge(onFile, "", "13812345678", false)).containsExactly("13812345678");
		assertThat(MobileNumbers.merge(List.of(), "138 1234 5678", "", false)).containsExactly("13812345678");
	}

}
