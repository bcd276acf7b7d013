/**
 * Metro (urban rail): the line network with its stations, distances and first and last
 * trains; fares by distance in published versions (four eyes, like tariffs); the shortest
 * distance between two stations and its fare; and transit card statements of trips and
 * top-ups that read like a bill: trips × fare = amount.
 */
@ApplicationModule(displayName = "Metro", allowedDependencies = { "shared", "audit", "customer" })
package org.utilityportal.metro;

import org.springframework.modulith.ApplicationModule;
