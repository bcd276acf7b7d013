package org.utilityportal.metro;

import java.util.List;
import java.util.Locale;

/**
 * A station.
 *
 * @param code its code in addresses and the API, e.g. {@code xidan}
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param lines the codes of the lines that call there (more than one: an interchange)
 */
public record StationView(String code, String nameZh, String nameEn, List<String> lines) {

	/** The name in the reader's language. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

	/** Whether passengers can change lines here. */
	public boolean isInterchange() {
		return this.lines.size() > 1;
	}

}
