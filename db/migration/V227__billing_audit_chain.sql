-- Money movements in the tamper-evident audit trail (issue 13, V226): every payment is chained,
-- sealed by the audit module's job shortly after it is saved. A reversal sets reversed_at /
-- reversed_by later (issue 11), so those two are left out of the hash.
select audit_chain_register('payment', null, array ['reversed_at', 'reversed_by']);
-- Every movement of an account's balance (the ledger of issue 11) is chained as well.
select audit_chain_register('ledger_entry');
-- The late-payment charge's rates and grace period, versions that are only ever added (issue 11):
-- the price of paying late.
select audit_chain_register('late_charge_policy');
