package org.utilityportal.metro.internal;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.metro.LineView;
import org.utilityportal.metro.StationView;

/**
 * The line network as Flyway seeded it: lines, stations, distances and timetables.
 */
@Component
@RequiredArgsConstructor
public class NetworkQueries {

	private final JdbcClient jdbc;

	/** The whole network, read in four queries. */
	public Network load() {
		Map<Long, String> lineCodes = new LinkedHashMap<>();
		this.jdbc.sql("select id, code from metro_line order by position")
			.query((row, index) -> lineCodes.put(row.getLong(1), row.getString(2)))
			.list();
		List<StopRow> stops = this.jdbc.sql("""
				select ls.line_id, ls.station_id, ls.km_from_previous, s.code, s.name_zh, s.name_en
				from metro_line_station ls join metro_station s on s.id = ls.station_id
				join metro_line l on l.id = ls.line_id
				order by l.position, ls.position
				""")
			.query((row, index) -> new StopRow(row.getLong(1), row.getLong(2), row.getBigDecimal(3), row.getString(4),
					row.getString(5), row.getString(6)))
			.list();
		Map<Long, List<String>> linesOfStation = new LinkedHashMap<>();
		stops.forEach((stop) -> linesOfStation.computeIfAbsent(stop.stationId(), (id) -> new ArrayList<>())
			.add(lineCodes.get(stop.lineId())));
		Map<Long, StationView> stations = new LinkedHashMap<>();
		stops.forEach((stop) -> stations.putIfAbsent(stop.stationId(), new StationView(stop.code(), stop.nameZh(),
				stop.nameEn(), List.copyOf(linesOfStation.get(stop.stationId())))));
		Map<Long, List<LineView.Timetable>> timetables = new LinkedHashMap<>();
		this.jdbc.sql("""
				select line_id, direction_zh, direction_en, first_train, last_train
				from metro_timetable order by line_id, position
				""")
			.query((row, index) -> timetables.computeIfAbsent(row.getLong(1), (id) -> new ArrayList<>())
				.add(new LineView.Timetable(row.getString(2), row.getString(3), row.getObject(4, LocalTime.class),
						row.getObject(5, LocalTime.class))))
			.list();
		Map<Long, BigDecimal> loops = new LinkedHashMap<>();
		this.jdbc.sql("select line_id, loop_closing_km from metro_line_loop")
			.query((row, index) -> loops.put(row.getLong(1), row.getBigDecimal(2)))
			.list();
		List<LineView> lines = this.jdbc
			.sql("select id, code, name_zh, name_en, colour, is_loop from metro_line order by position")
			.query((row, index) -> {
				long lineId = row.getLong(1);
				List<LineView.Stop> lineStops = stops.stream()
					.filter((stop) -> stop.lineId() == lineId)
					.map((stop) -> new LineView.Stop(stations.get(stop.stationId()), stop.kmFromPrevious()))
					.toList();
				return new LineView(row.getString(2), row.getString(3), row.getString(4), row.getString(5),
						row.getBoolean(6), lineStops, loops.get(lineId), timetables.getOrDefault(lineId, List.of()));
			})
			.list();
		List<RouteFinder.Segment> segments = new ArrayList<>();
		Map<String, Long> idOfCode = new LinkedHashMap<>();
		stations.forEach((id, station) -> idOfCode.put(station.code(), id));
		for (int i = 1; i < stops.size(); i++) {
			StopRow stop = stops.get(i);
			if (stop.kmFromPrevious() != null) {
				segments.add(new RouteFinder.Segment(lineCodes.get(stop.lineId()), stops.get(i - 1).stationId(),
						stop.stationId(), stop.kmFromPrevious()));
			}
		}
		loops.forEach((lineId, km) -> {
			List<StopRow> ofLine = stops.stream().filter((stop) -> stop.lineId() == lineId).toList();
			segments.add(new RouteFinder.Segment(lineCodes.get(lineId), ofLine.getLast().stationId(),
					ofLine.getFirst().stationId(), km));
		});
		return new Network(lines, stations, idOfCode, new RouteFinder(segments));
	}

	/** A station id by its code, for recording trips. */
	public Long stationId(String code) {
		return this.jdbc.sql("select id from metro_station where code = ?")
			.param(code)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The network, read once.
	 *
	 * @param lines the lines in display order
	 * @param stations every station by id
	 * @param idOfCode station ids by code
	 * @param routes the route finder over all segments
	 */
	public record Network(List<LineView> lines, Map<Long, StationView> stations, Map<String, Long> idOfCode,
			RouteFinder routes) {
	}

	private record StopRow(long lineId, long stationId, BigDecimal kmFromPrevious, String code, String nameZh,
			String nameEn) {
	}

}
