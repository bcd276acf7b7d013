package org.utilityportal.metro;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.utilityportal.shared.money.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The band arithmetic of Beijing's fares: limits are inclusive, beyond 32 km per started
 * 20 km.
 */
class FareTableTest {

	private static final FareTable BEIJING = new FareTable(
			List.of(band("6", "3.00"), band("12", "4.00"), band("22", "5.00"), band("32", "6.00")),
			new BigDecimal("20"), Money.of("1.00"));

	@ParameterizedTest(name = "{0} km costs ¥{1}")
	@CsvSource({ "0.000, 3.00", "0.001, 3.00", "5.999, 3.00", "6.000, 3.00", "6.001, 4.00", "12.000, 4.00",
			"12.001, 5.00", "22.000, 5.00", "22.001, 6.00", "32.000, 6.00", "32.001, 7.00", "52.000, 7.00",
			"52.001, 8.00", "72.000, 8.00", "72.001, 9.00" })
	void everyDistanceFallsInExactlyOneBand(String km, String fare) {
		assertThat(BEIJING.fare(new BigDecimal(km)).amount()).isEqualTo(Money.of(fare));
	}

	@Test
	void exactlySixKilometresIsTheFirstBand() {
		FareTable.Fare fare = BEIJING.fare(new BigDecimal("6.000"));
		assertThat(fare.band()).isZero();
		assertThat(fare.toKm()).isEqualByComparingTo("6");
	}

	@Test
	void exactlyThirtyTwoKilometresIsTheLastBandNotAStep() {
		FareTable.Fare fare = BEIJING.fare(new BigDecimal("32"));
		assertThat(fare.isBeyondBands()).isFalse();
		assertThat(fare.band()).isEqualTo(3);
		assertThat(fare.fromKm()).isEqualByComparingTo("22");
	}

	@Test
	void fiftyTwoKilometresIsOneStartedStepBeyondTheBands() {
		FareTable.Fare fare = BEIJING.fare(new BigDecimal("52.000"));
		assertThat(fare.isBeyondBands()).isTrue();
		assertThat(fare.extraSteps()).isEqualTo(1);
		assertThat(fare.fromKm()).isEqualByComparingTo("32");
		assertThat(BEIJING.fare(new BigDecimal("52.001")).extraSteps()).isEqualTo(2);
	}

	@Test
	void theSameStationCostsTheLowestFare() {
		FareTable.Fare fare = BEIJING.fare(BigDecimal.ZERO);
		assertThat(fare.amount()).isEqualTo(Money.of("3.00"));
		assertThat(fare.band()).isZero();
	}

	@Test
	void aNegativeDistanceIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> BEIJING.fare(new BigDecimal("-0.001")));
	}

	@Test
	void bandsMustGrowAndAStepIsNeeded() {
		assertThat(FareTable.problems(List.of(band("6", "3"), band("6", "4")), BigDecimal.TEN, Money.of("1")))
			.containsExactly("metro.fares.problem.order");
		assertThat(FareTable.problems(List.of(), BigDecimal.ZERO, Money.of("1")))
			.containsExactly("metro.fares.problem.noBands", "metro.fares.problem.extraStep");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FareTable(List.of(band("12", "4"), band("6", "3")), BigDecimal.TEN, Money.ZERO));
	}

	private static FareTable.Band band(String upToKm, String fare) {
		return new FareTable.Band(new BigDecimal(upToKm), Money.of(fare));
	}

}
