package org.utilityportal.metro;

/**
 * The fare between two stations: the shortest route, the fare version in force and the
 * band the distance falls in.
 *
 * @param route the route and its distance
 * @param fareVersion the version in force on the day
 * @param fare the fare and its band
 */
public record FareQuote(RouteView route, FareVersionView fareVersion, FareTable.Fare fare) {

}
