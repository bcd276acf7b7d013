package org.utilityportal.shared.web;

import org.utilityportal.shared.security.Role;

/**
 * One item of a role's main navigation, contributed by the module that owns the page:
 * declare it as a bean and it appears in the menu and on the role's landing page.
 *
 * @param role who sees it
 * @param path the page it opens, under the role's prefix
 * @param labelKey the message key of its label
 * @param descriptionKey the message key of the one-line description on the landing page
 * @param order its position, smaller first
 */
public record MenuEntry(Role role, String path, String labelKey, String descriptionKey, int order) {

}
