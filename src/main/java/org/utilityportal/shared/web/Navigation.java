package org.utilityportal.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * The main navigation of the signed-in person, used by the layout as {@code @navigation}:
 * only the entries of their own role, in order.
 */
@Component("navigation")
public class Navigation {

	private final List<MenuEntry> entries;

	private final List<QuickSearch> searches;

	Navigation(List<MenuEntry> entries, List<QuickSearch> searches) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(MenuEntry::order)).toList();
		this.searches = List.copyOf(searches);
	}

	/** The top bar's search box of the signed-in person's role, if it has one. */
	public Optional<QuickSearch> quickSearch() {
		return principal().flatMap((
				principal) -> this.searches.stream().filter((search) -> search.role() == principal.role()).findFirst());
	}

	/** The menu of the signed-in person; empty for anonymous visitors. */
	public List<MenuEntry> entries() {
		return principal()
			.map((principal) -> this.entries.stream().filter((entry) -> entry.role() == principal.role()).toList())
			.orElse(List.of());
	}

	/**
	 * The menu of the signed-in person with the entry of the current page marked, worked
	 * out once for the whole menu (the layout renders it on every page).
	 */
	public List<MenuLink> menu() {
		List<MenuEntry> mine = entries();
		MenuEntry active = activeOf(mine);
		return mine.stream().map((entry) -> new MenuLink(entry, entry.equals(active))).toList();
	}

	/** The signed-in person, if any. */
	public Optional<PortalPrincipal> principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	/**
	 * Whether this entry is the one the current page belongs to: the entry with the
	 * longest path that is the current path or a parent of it.
	 */
	public boolean isActive(MenuEntry entry) {
		return entry.equals(activeOf(entries()));
	}

	private static MenuEntry activeOf(List<MenuEntry> entries) {
		if (entries.isEmpty()
				|| !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		MenuEntry active = null;
		for (MenuEntry candidate : entries) {
			boolean contains = path.startsWith(candidate.path())
					&& (path.length() == candidate.path().length() || path.charAt(candidate.path().length()) == '/');
			if (contains && (active == null || candidate.path().length() > active.path().length())) {
				active = candidate;
			}
		}
		return active;
	}

	/** A menu entry and whether the current page belongs to it. */
	public record MenuLink(MenuEntry entry, boolean active) {

	}

}
