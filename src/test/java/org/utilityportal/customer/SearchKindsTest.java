package org.utilityportal.customer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchKindsTest {

	@ParameterizedTest
	@CsvSource(delimiterString = " -> ", value = { "13812345678 -> MOBILE ID_TAIL", "138 1234 5678 -> MOBILE ID_TAIL",
			"E1000000001 -> ACCOUNT_NUMBER", "e1000000001 -> ACCOUNT_NUMBER", "310012345678 -> ACCOUNT_NUMBER ID_TAIL",
			"1234 -> ID_TAIL", "03071233 -> ID_TAIL", "110101199003071233 -> ID_TAIL", "12301X -> ID_TAIL", "张 -> NAME",
			"晓明 -> NAME", "FCL4 -> ID_TAIL NAME", "ABCD19 -> ID_TAIL NAME", "张晓明 -> NAME", "Zhang -> NAME",
			"PNXE -> ID_TAIL NAME", "北京新达 -> NAME", "12 -> ''", "--- -> ''" })
	void readsTheShapeOfTheText(String text, String expected) {
		String kinds = String.join(" ", CustomerSearch.kindsOf(text).stream().map(Enum::name).toList());
		assertThat(kinds).isEqualTo(expected);
	}

}
