/**
 * Who may sign in and what they may open: user accounts of staff and customers, the
 * organisation hierarchy, the staff work number (工号), password hashing, sign-in
 * throttling and the HTTP security rules (form sign-in for pages, HTTP Basic for
 * {@code /api/v1}).
 * <p>
 * Path prefixes decide the role: {@code /my} customers, {@code /counter} counter staff,
 * {@code /supervisor} supervisors, {@code /admin} administrators. Other modules place
 * their pages under these prefixes and check ownership themselves.
 */
@ApplicationModule(displayName = "Identity and access", allowedDependencies = { "shared" })
package org.utilityportal.identity;

import org.springframework.modulith.ApplicationModule;
