package org.utilityportal.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.utilityportal.customer.CustomerForm;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.customer.IdentityDocuments;
import org.utilityportal.customer.ServiceAccountForm;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.domain.BasicChargeBasis;
import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.security.Role;

/**
 * Creates customers and accounts for tests through the real facades, each with identity
 * and mobile numbers no other test uses.
 */
public class TestCustomers {

	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 900));

	private final CustomerRecords records;

	private final ServiceAccounts accounts;

	private final JdbcClient jdbc;

	private final TestPrincipal counter;

	public TestCustomers(CustomerRecords records, ServiceAccounts accounts, JdbcClient jdbc) {
		this.records = records;
		this.accounts = accounts;
		this.jdbc = jdbc;
		long id = jdbc.sql("select id from user_account where username = 'counter1'").query(Long.class).single();
		this.counter = new TestPrincipal(id, "counter1", "王芳", Role.COUNTER, "10231", null, true);
	}

	/** counter1 as a principal, with the right to reveal. */
	public TestPrincipal counter() {
		return this.counter;
	}

	/** A valid resident identity number nobody holds yet. */
	public String newResidentId() {
		while (true) {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(0, 365 * 60));
			String first17 = "110105" + born.toString().replace("-", "")
					+ String.format("%03d", random.nextInt(0, 1000));
			String id = first17 + IdentityDocuments.residentCheckCharacter(first17);
			long taken = this.jdbc.sql("select count(*) from customer where id_number = ?")
				.param(id)
				.query(Long.class)
				.single();
			if (taken == 0) {
				return id;
			}
		}
	}

	/** A mobile number nobody uses yet (starting 166, which the demo data never uses). */
	public String newMobile() {
		return "166" + String.format("%08d", ThreadLocalRandom.current().nextInt(0, 100_000_000));
	}

	/** A filled-in form for a new residential customer. */
	public CustomerForm form(String name) {
		CustomerForm form = new CustomerForm();
		form.setName(name);
		form.setIdNumber(newResidentId());
		form.setMobile(newMobile());
		form.setAddress("北京市东城区测试街 " + SEQUENCE.incrementAndGet() + " 号");
		form.setConsentPurpose("供用电服务及账单通知");
		form.setConsentDate(LocalDate.of(2025, 1, 1));
		return form;
	}

	/** Opens a residential customer; returns the id. */
	public long open(String name) {
		return this.records.open(form(name), this.counter);
	}

	/**
	 * A filled-in form for a monthly electricity account on a tariff category, at an
	 * address and with a meter number no other test uses.
	 */
	public ServiceAccountForm electricityForm(TariffCategory category) {
		ServiceAccountForm form = new ServiceAccountForm();
		form.setUtility(Utility.ELECTRICITY);
		form.setServiceAddress("北京市东城区测试街 " + SEQUENCE.incrementAndGet() + " 号");
		form.setMeterNumber("T" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
		form.setTariffCategory(category);
		form.setBillingCycle(BillingCycle.MONTHLY);
		return form;
	}

	/** Opens a residential electricity account for a customer; returns the account id. */
	public long openElectricity(long customerId) {
		return this.accounts.open(customerId, electricityForm(TariffCategory.RESIDENTIAL), this.counter);
	}

	/**
	 * Opens a two-part electricity account for a customer: the large-industry tariff by
	 * time of use (peak, flat and valley registers), 400 kVA contracted, the basic charge
	 * by capacity or by maximum demand, assessed against the 0.90 power-factor standard
	 * (a reactive register). Every reading of it needs the maximum demand. Returns the
	 * account id.
	 */
	public long openTwoPart(long customerId, BasicChargeBasis basis) {
		ServiceAccountForm form = electricityForm(TariffCategory.LARGE_INDUSTRY);
		form.setTimeOfUse(true);
		form.setContractedKva(new BigDecimal("400"));
		form.setBasicChargeBasis(basis);
		form.setPowerFactorStandard(new BigDecimal("0.90"));
		return this.accounts.open(customerId, form, this.counter);
	}

	/** The full identity number of a customer. */
	public String idNumber(long customerId) {
		return this.jdbc.sql("select id_number from customer where id = ?")
			.param(customerId)
			.query(String.class)
			.single();
	}

	/** The first mobile number of a customer. */
	public String firstMobile(long customerId) {
		return this.jdbc.sql("select number from customer_mobile where customer_id = ? and position = 0")
			.param(customerId)
			.query(String.class)
			.single();
	}

	/** The account number of an account. */
	public String accountNumber(long accountId) {
		return this.jdbc.sql("select account_number from service_account where id = ?")
			.param(accountId)
			.query(String.class)
			.single();
	}

}
