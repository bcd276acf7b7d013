package org.utilityportal.metro;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.utilityportal.metro.internal.NetworkQueries;
import org.utilityportal.metro.internal.RouteFinder;

/**
 * The line network: lines with their stations and first and last trains, and the shortest
 * distance between two stations. The network is reference data from the migrations and is
 * read once.
 */
@Service
@RequiredArgsConstructor
public class MetroNetwork {

	private final NetworkQueries queries;

	private volatile NetworkQueries.Network network;

	/** Every line in display order. */
	public List<LineView> lines() {
		return network().lines();
	}

	/** Every station, in line order, each once. */
	public List<StationView> stations() {
		return List.copyOf(network().stations().values());
	}

	/** A station by its code. */
	public Optional<StationView> station(String code) {
		Long id = (code != null) ? network().idOfCode().get(code) : null;
		return Optional.ofNullable(id).map(network().stations()::get);
	}

	/**
	 * The shortest route between two stations by track distance; changing lines at an
	 * interchange adds nothing.
	 * @return empty when a code names no station or the stations are not connected
	 */
	public Optional<RouteView> route(String fromCode, String toCode) {
		NetworkQueries.Network net = network();
		Long from = (fromCode != null) ? net.idOfCode().get(fromCode) : null;
		Long to = (toCode != null) ? net.idOfCode().get(toCode) : null;
		if (from == null || to == null) {
			return Optional.empty();
		}
		return net.routes().shortest(from, to).map((path) -> view(net, path));
	}

	/** The station id of a code, for the trip records. */
	long stationId(String code) {
		Long id = network().idOfCode().get(code);
		if (id == null) {
			throw new IllegalArgumentException("No station " + code);
		}
		return id;
	}

	private static RouteView view(NetworkQueries.Network net, RouteFinder.Path path) {
		List<RouteView.Leg> legs = path.legs().stream().map((leg) -> {
			LineView line = net.lines().stream().filter((l) -> l.code().equals(leg.line())).findFirst().orElseThrow();
			return new RouteView.Leg(line.code(), line.nameZh(), line.nameEn(), net.stations().get(leg.from()),
					net.stations().get(leg.to()), leg.km());
		}).toList();
		return new RouteView(net.stations().get(path.from()), net.stations().get(path.to()), path.km(), legs);
	}

	private NetworkQueries.Network network() {
		NetworkQueries.Network loaded = this.network;
		if (loaded == null) {
			loaded = this.queries.load();
			this.network = loaded;
		}
		return loaded;
	}

}
