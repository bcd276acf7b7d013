package org.utilityportal.metro.internal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.utilityportal.metro.internal.RouteFinder.Leg;
import org.utilityportal.metro.internal.RouteFinder.Segment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shortest paths over a small network: line A runs 1–2–3–4, line B runs 5–2–6–4, so 2 and
 * 4 are interchanges; a loop line C runs 7–8–9 and back to 7; station 10 is alone.
 */
class RouteFinderTest {

	private static final RouteFinder NETWORK = new RouteFinder(List.of(segment("A", 1, 2, "2.000"),
			segment("A", 2, 3, "3.000"), segment("A", 3, 4, "3.000"), segment("B", 5, 2, "1.500"),
			segment("B", 2, 6, "1.000"), segment("B", 6, 4, "5.500"), segment("A", 4, 7, "1.000"),
			segment("C", 7, 8, "1.000"), segment("C", 8, 9, "1.000"), segment("C", 9, 7, "0.500")));

	@Test
	void theSameStationIsNoDistanceAndNoLegs() {
		RouteFinder.Path path = NETWORK.shortest(3, 3).orElseThrow();
		assertThat(path.km()).isEqualByComparingTo("0");
		assertThat(path.legs()).isEmpty();
	}

	@Test
	void alongOneLineItIsTheSumOfTheSegments() {
		RouteFinder.Path path = NETWORK.shortest(1, 4).orElseThrow();
		assertThat(path.km()).isEqualByComparingTo("8.000");
		assertThat(path.legs()).containsExactly(new Leg("A", 1, 4, new BigDecimal("8.000")));
	}

	@Test
	void itChangesLinesAtAnInterchangeWhenThatIsShorter() {
		RouteFinder.Path path = NETWORK.shortest(5, 3).orElseThrow();
		assertThat(path.km()).isEqualByComparingTo("4.500");
		assertThat(path.legs()).extracting(Leg::line).containsExactly("B", "A");
		assertThat(path.legs().getFirst().to()).isEqualTo(2);
	}

	@Test
	void itStaysOnOneLineWhenChangingIsLonger() {
		// 6 → 4 on line B is 5.5 km; via 2 and line A it is 1 + 3 + 3 = 7 km.
		assertThat(NETWORK.shortest(6, 4).orElseThrow().km()).isEqualByComparingTo("5.500");
	}

	@Test
	void itIsTheSameDistanceBothWays() {
		assertThat(NETWORK.shortest(3, 5).orElseThrow().km())
			.isEqualByComparingTo(NETWORK.shortest(5, 3).orElseThrow().km());
	}

	@Test
	void aLoopIsTravelledTheShorterWayRound() {
		// 7 → 9: 7–8–9 is 2 km, 7–9 backwards round the loop is 0.5 km.
		RouteFinder.Path path = NETWORK.shortest(7, 9).orElseThrow();
		assertThat(path.km()).isEqualByComparingTo("0.500");
		assertThat(path.segments()).hasSize(1);
	}

	@Test
	void unconnectedStationsHaveNoPath() {
		assertThat(NETWORK.shortest(1, 10)).isEmpty();
	}

	private static Segment segment(String line, long from, long to, String km) {
		return new Segment(line, from, to, new BigDecimal(km));
	}

}
