/**
 * The sandbox payment provider: a stand-in for WeChat Pay, Alipay or UnionPay that the
 * portal serves itself under {@code /sandbox-pay}, for the demo and the tests. It keeps
 * its own transactions, shows its own checkout page, signs what it sends with its own
 * secret (HMAC-SHA256, docs/PAYMENTS.md), notifies the merchant's notify URL, answers
 * status queries, closes orders and gives the statement of a day. The portal's payment
 * module talks to it only over HTTP, as it would to a real provider. It exists only when
 * {@code portal.payments.sandbox.enabled} is true: on with demo data, off in production
 * unless configured.
 */
@ApplicationModule(displayName = "Sandbox payment provider", allowedDependencies = { "shared" })
package org.utilityportal.sandbox;

import org.springframework.modulith.ApplicationModule;
