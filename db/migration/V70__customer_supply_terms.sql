-- Issue 12. Billing every two months (many water companies do), and what an account's supply
-- contract says about pricing: a meter with peak/flat/valley registers (the customer chose
-- time-of-use prices), and for large customers the contracted capacity, how the basic charge
-- of a two-part tariff is measured, and the power-factor standard of the national rules
-- ((83)水电财字第215号: 0.90, 0.85 or 0.80).

alter table service_account drop constraint service_account_billing_cycle_check;
alter table service_account add constraint service_account_billing_cycle_check
    check (billing_cycle in ('MONTHLY', 'BIMONTHLY', 'QUARTERLY', 'ANNUAL'));

alter table service_account
    add column time_of_use           boolean       not null default false,
    add column contracted_kva        numeric(9, 1) check (contracted_kva > 0),
    add column basic_charge_basis    varchar(8)    check (basic_charge_basis in ('CAPACITY', 'DEMAND')),
    add column power_factor_standard numeric(3, 2) check (power_factor_standard in (0.90, 0.85, 0.80));

-- A basic charge by capacity needs the capacity; only metered electricity has any of these.
alter table service_account add constraint service_account_supply_terms check (
    (basic_charge_basis is distinct from 'CAPACITY' or contracted_kva is not null)
    and (utility = 'ELECTRICITY' or (not time_of_use and contracted_kva is null and basic_charge_basis is null
                                      and power_factor_standard is null)));
