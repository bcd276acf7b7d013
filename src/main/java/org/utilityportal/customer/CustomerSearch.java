package org.utilityportal.customer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.customer.internal.CustomerSearchQueries;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * The counter's one search box. The shape of the text decides the kinds of search (a text
 * may fit several, e.g. 11 digits are a mobile number and an identity tail); the
 * customers found are listed once each, with masked personal data and their accounts.
 * Every search is logged.
 */
@Service
@RequiredArgsConstructor
public class CustomerSearch {

	/** The most customers one search lists. */
	public static final int LIMIT = 20;

	private final CustomerSearchQueries queries;

	private final AccessLog accessLog;

	/** Searches and logs the search for this member of staff. */
	@Transactional
	public SearchResult search(String query, PortalPrincipal staff, AccessChannel channel) {
		String text = (query != null) ? query.strip() : "";
		List<SearchKind> kinds = kindsOf(text);
		Map<Long, SearchKind> found = new LinkedHashMap<>();
		boolean more = false;
		for (SearchKind kind : kinds) {
			List<Long> ids = this.queries.find(kind, searchText(kind, text), LIMIT + 1);
			more |= ids.size() > LIMIT;
			ids.forEach((id) -> found.putIfAbsent(id, kind));
		}
		Map<Long, SearchKind> listed = new LinkedHashMap<>();
		found.entrySet().stream().limit(LIMIT).forEach((entry) -> listed.put(entry.getKey(), entry.getValue()));
		more |= found.size() > LIMIT;
		List<SearchResult.Hit> hits = this.queries.hits(listed);
		if (!kinds.isEmpty()) {
			this.accessLog.record(staff, AccessAction.SEARCH, channel, null, null,
					text + " → " + hits.size() + (more ? "+" : ""));
		}
		return new SearchResult(text, kinds, hits, more);
	}

	/**
	 * How a search text is read; empty when it cannot be searched (blank, or only
	 * punctuation).
	 */
	public static List<SearchKind> kindsOf(String text) {
		String compact = compact(text);
		List<SearchKind> kinds = new ArrayList<>();
		if (compact.isEmpty()) {
			return kinds;
		}
		if (MobileNumbers.isValid(text)) {
			kinds.add(SearchKind.MOBILE);
		}
		if (compact.matches("[EWGM][0-9]{10}|[0-9]{12}")) {
			kinds.add(SearchKind.ACCOUNT_NUMBER);
		}
		boolean accountShape = compact.matches("[EWGM][0-9]{10}");
		// Identity numbers have digits and X; credit codes add 20 letters (never I, O, S,
		// V or Z).
		if (compact.matches("[0-9ABCDEFGHJKLMNPQRTUWXY]{4,18}") && !accountShape) {
			kinds.add(SearchKind.ID_TAIL);
		}
		long letters = text.codePoints().filter(Character::isLetter).count();
		// A lone letter beside digits is the X of an identity number; more letters may be
		// a name.
		if (!accountShape && letters > 0 && (kinds.isEmpty() || letters > 1)) {
			kinds.add(SearchKind.NAME);
		}
		return kinds;
	}

	private static String searchText(SearchKind kind, String text) {
		return switch (kind) {
			case NAME -> text;
			case MOBILE -> MobileNumbers.normalise(text);
			default -> compact(text);
		};
	}

	private static String compact(String text) {
		return text.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
	}

}
