package org.utilityportal.shared.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

	@ParameterizedTest
	@CsvSource(delimiterString = " -> ", quoteCharacter = '`',
			value = { "plain -> plain", "a,b -> \"a,b\"", "say \"hi\" -> \"say \"\"hi\"\"\"", "=SUM(A1) -> '=SUM(A1)",
					"+86 -> '+86", "-1 -> '-1", "@cmd -> '@cmd", "张晓明 -> 张晓明" })
	void quotesAndDefusesCells(String value, String expected) {
		assertThat(Csv.cell(value)).isEqualTo(expected);
	}

}
