package org.utilityportal.payment.internal;

import java.time.Clock;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.utilityportal.customer.ServiceAccounts;

/**
 * Demo data for payments: customer1's electricity (E1000000001) pays by direct debit from
 * an ICBC account, recorded by counter1 and approved by supervisor1. Runs once (when the
 * account has no mandate).
 */
@Slf4j
@Component
@ConditionalOnBooleanProperty("portal.demo-data.active")
@Order(100)
@RequiredArgsConstructor
class DemoPayments implements ApplicationRunner {

	private static final String DIRECT_DEBIT = "E1000000001";

	private final DebitMandateRepository mandates;

	private final ServiceAccounts accounts;

	private final Clock clock;

	@Override
	public void run(ApplicationArguments args) {
		var account = this.accounts.byNumber(DIRECT_DEBIT);
		if (account.isEmpty() || !this.mandates.findByAccount(account.get().id()).isEmpty()) {
			return;
		}
		DebitMandate mandate = new DebitMandate(account.get().id(), DIRECT_DEBIT, account.get().customerId(), "ICBC",
				"6222021234567890", "张晓明", "counter1", this.clock.instant().minusSeconds(400L * 24 * 3600));
		mandate.decide(true, "supervisor1", this.clock.instant().minusSeconds(399L * 24 * 3600));
		this.mandates.save(mandate);
		log.info("Demo payments: direct debit of {} in force", DIRECT_DEBIT);
	}

}
