/**
 * Money from outside the counter, and checking it: online payment orders through a
 * provider ({@link org.utilityportal.payment.PaymentProvider}: the sandbox adapter ships,
 * WeChat Pay, Alipay or UnionPay adapters implement the same interface), bank direct
 * debit (mandates approved by a supervisor, the debit file, the bank's return file), and
 * the daily reconciliation of the providers' and the bank's statements against what the
 * portal recorded. A payment exists only once the provider or the bank confirmed it; it
 * is taken through billing, which allocates it to bills and books it in the ledger.
 */
@ApplicationModule(displayName = "Payment channels and reconciliation",
		allowedDependencies = { "shared", "audit", "customer", "billing", "identity", "notification" })
package org.utilityportal.payment;

import org.springframework.modulith.ApplicationModule;
