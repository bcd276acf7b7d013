/**
 * Customers and their service accounts: one customer record across electricity, water,
 * gas and metro; the counter desk (search, open, edit, add and close accounts,
 * key-account managers and the contact log); masking and logged reveals of identity and
 * mobile numbers; online registration and "my accounts" for customers.
 * <p>
 * Every staff read of a customer record is written to the access log ({@code audit}).
 * Customers only ever reach their own records: anything else answers 404.
 */
@ApplicationModule(displayName = "Customers and accounts", allowedDependencies = { "shared", "identity", "audit" })
package org.utilityportal.customer;

import org.springframework.modulith.ApplicationModule;
