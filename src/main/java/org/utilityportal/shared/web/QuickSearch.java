package org.utilityportal.shared.web;

import org.utilityportal.shared.security.Role;

/**
 * The search box a role finds in the top bar of every page, contributed by the module
 * that owns the search: declare it as a bean. The box sends {@code GET path?q=…}; the key
 * {@code /} (or the access key {@code S}) jumps to it from anywhere on a page.
 *
 * @param role who sees it
 * @param path the search page, under the role's prefix
 * @param labelKey the message key of the box's label (read out, and its placeholder)
 */
public record QuickSearch(Role role, String path, String labelKey) {

}
