package org.utilityportal.payment.web;

import lombok.RequiredArgsConstructor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.utilityportal.payment.PaymentOrders;

/**
 * The payment module's scheduled work (off when {@code portal.scheduling.enabled=false}).
 */
@Component
@RequiredArgsConstructor
class PaymentJobs {

	private final PaymentOrders orders;

	/** Checks orders whose time is up or whose notification is late; every minute. */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	@SchedulerLock(name = "payment-orders-waiting", lockAtLeastFor = "PT20S", lockAtMostFor = "PT5M")
	public void refreshWaitingOrders() {
		this.orders.refreshWaiting();
	}

}
