/**
 * Who may sign in and what they may open: user accounts of staff and customers, the
 * organisation hierarchy, the staff work number (工号), password hashing, rate limits kept
 * in PostgreSQL ({@link org.utilityportal.identity.RateLimits}) and sign-in throttling,
 * personal API tokens, and the HTTP security rules (form sign-in for pages, API tokens
 * for {@code /api/v1}, and HTTP Basic in development).
 * <p>
 * Path prefixes decide the role: {@code /my} customers, {@code /counter} counter staff,
 * {@code /supervisor} supervisors, {@code /admin} administrators. Other modules place
 * their pages under these prefixes and check ownership themselves.
 */
@ApplicationModule(displayName = "Identity and access", allowedDependencies = { "shared" })
package org.utilityportal.identity;

import org.springframework.modulith.ApplicationModule;
