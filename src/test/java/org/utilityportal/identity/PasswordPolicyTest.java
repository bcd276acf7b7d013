package org.utilityportal.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@ParameterizedTest
	@CsvSource(delimiterString = " -> ",
			value = { "Portal#2026 -> ''", "short1 -> validation.password.length",
					"onlyletters! -> validation.password.mix", "1234567890 -> validation.password.mix",
					"zhang2026abc -> validation.password.containsUsername" })
	void checksNewPasswords(String password, String expected) {
		assertThat(PasswordPolicy.check("zhang", password).orElse("")).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "zhang.xm, true", "ab, false", "Zhang_01, true", "with space, false", "张晓明, false" })
	void checksUserNames(String username, boolean valid) {
		assertThat(PasswordPolicy.isValidUsername(username)).isEqualTo(valid);
	}

}
