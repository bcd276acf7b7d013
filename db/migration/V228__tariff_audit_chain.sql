-- Published prices in the tamper-evident audit trail (issue 13, V226): a tariff version joins the
-- chain when it is published (it never changes after).
select audit_chain_register('tariff_version', 'status = ''PUBLISHED''');
