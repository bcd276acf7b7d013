package org.utilityportal.metro.web;

import lombok.Getter;
import lombok.Setter;

/** The fare calculator's two stations, by code. */
@Getter
@Setter
public class FareForm {

	private String from;

	private String to;

}
