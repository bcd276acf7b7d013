package org.utilityportal.billing;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.billing.internal.BillingInputs;
import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1 in the billing run's reads: a page of many accounts, each read from the module
 * that owns its part (customer's accounts, billing's bills and payments, metering's
 * readings), costs the statements of a page of one.
 */
class BillingRunStatementsIT extends IntegrationTest {

	@Autowired
	BillingInputs inputs;

	@Test
	void aPageOfManyAccountsCostsAsManyStatementsAsAPageOfOne() {
		LocalDate periodEnd = LocalDate.now(this.clock).withDayOfMonth(1).plusMonths(1);
		List<BillingCycle> cycles = List.of(BillingCycle.values());

		StatementCounter.reset();
		BillingInputs.Page many = this.inputs.page(0, Long.MAX_VALUE, periodEnd, cycles, 500);
		long statementsOfMany = StatementCounter.count();
		long firstId = many.inputs().getFirst().accountId();
		StatementCounter.reset();
		BillingInputs.Page one = this.inputs.page(firstId - 1, Long.MAX_VALUE, periodEnd, cycles, 1);
		long statementsOfOne = StatementCounter.count();

		assertThat(many.inputs()).as("demo accounts not billed for the coming month").hasSizeGreaterThan(5);
		assertThat(many.inputs()).as("billed before, opening on the last bill's closing reading")
			.anySatisfy((
					input) -> assertThat(input.previous() != null && input.opening() != null && input.closing() != null)
						.isTrue());
		assertThat(one.inputs()).singleElement().isEqualTo(many.inputs().getFirst());
		assertThat(statementsOfMany).isEqualTo(statementsOfOne).isEqualTo(3);
	}

}
