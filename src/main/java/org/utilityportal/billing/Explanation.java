package org.utilityportal.billing;

import java.util.List;

/**
 * One sentence of "why is this bill different", as a message key and its arguments, so it
 * reads in both languages.
 *
 * @param key the message key
 * @param args its arguments
 */
public record Explanation(String key, List<Object> args) {

	/** The arguments as an array, for message lookup. */
	public Object[] arguments() {
		return this.args.toArray();
	}

}
