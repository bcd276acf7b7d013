package org.utilityportal.metro.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The shortest distance between two stations over the network (Dijkstra over the track
 * segments). An interchange station is one node shared by its lines, so changing lines
 * costs no distance. Ties go to the path found first, which is stable for one network.
 */
public final class RouteFinder {

	private final Map<Long, List<Segment>> outgoing = new HashMap<>();

	/** A network from its segments; each can be travelled both ways. */
	public RouteFinder(List<Segment> segments) {
		for (Segment segment : segments) {
			this.outgoing.computeIfAbsent(segment.from(), (id) -> new ArrayList<>()).add(segment);
			this.outgoing.computeIfAbsent(segment.to(), (id) -> new ArrayList<>()).add(segment.reversed());
		}
	}

	/**
	 * The shortest path; a path of no segments and 0 km from a station to itself.
	 * @return empty when the stations are not connected
	 */
	public Optional<Path> shortest(long from, long to) {
		Map<Long, BigDecimal> distance = new HashMap<>();
		Map<Long, Segment> reachedBy = new HashMap<>();
		Set<Long> done = new HashSet<>();
		PriorityQueue<Node> queue = new PriorityQueue<>(Comparator.comparing(Node::km).thenComparing(Node::order));
		distance.put(from, BigDecimal.ZERO);
		queue.add(new Node(from, BigDecimal.ZERO, 0));
		int order = 0;
		while (!queue.isEmpty()) {
			Node node = queue.poll();
			if (!done.add(node.station())) {
				continue;
			}
			if (node.station() == to) {
				return Optional.of(path(from, to, node.km(), reachedBy));
			}
			for (Segment segment : this.outgoing.getOrDefault(node.station(), List.of())) {
				BigDecimal km = node.km().add(segment.km());
				BigDecimal known = distance.get(segment.to());
				if (!done.contains(segment.to()) && (known == null || km.compareTo(known) < 0)) {
					distance.put(segment.to(), km);
					reachedBy.put(segment.to(), segment);
					queue.add(new Node(segment.to(), km, ++order));
				}
			}
		}
		return Optional.empty();
	}

	private static Path path(long from, long to, BigDecimal km, Map<Long, Segment> reachedBy) {
		List<Segment> segments = new ArrayList<>();
		for (long station = to; station != from;) {
			Segment segment = reachedBy.get(station);
			segments.add(segment);
			station = segment.from();
		}
		Collections.reverse(segments);
		return new Path(from, to, km, segments);
	}

	/**
	 * A stretch of track between two adjacent stations of a line.
	 *
	 * @param line the line's code
	 * @param from a station id
	 * @param to the next station id
	 * @param km the distance, km
	 */
	public record Segment(String line, long from, long to, BigDecimal km) {

		Segment reversed() {
			return new Segment(this.line, this.to, this.from, this.km);
		}

	}

	/**
	 * A path through the network.
	 *
	 * @param from the first station
	 * @param to the last station
	 * @param km its length
	 * @param segments the segments in travel order
	 */
	public record Path(long from, long to, BigDecimal km, List<Segment> segments) {

		/**
		 * The legs: runs of segments on one line, as the line code and the stations it
		 * starts and ends at.
		 */
		public List<Leg> legs() {
			List<Leg> legs = new ArrayList<>();
			for (Segment segment : this.segments) {
				if (!legs.isEmpty() && legs.getLast().line().equals(segment.line())) {
					Leg last = legs.removeLast();
					legs.add(new Leg(last.line(), last.from(), segment.to(), last.km().add(segment.km())));
				}
				else {
					legs.add(new Leg(segment.line(), segment.from(), segment.to(), segment.km()));
				}
			}
			return legs;
		}

	}

	/**
	 * A part of a path on one line.
	 *
	 * @param line the line's code
	 * @param from the station it boards at
	 * @param to the station it leaves the line at
	 * @param km its length
	 */
	public record Leg(String line, long from, long to, BigDecimal km) {
	}

	private record Node(long station, BigDecimal km, int order) {
	}

}
