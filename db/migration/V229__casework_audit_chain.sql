-- SLA policy changes in the tamper-evident audit trail (issue 13, V226).
select audit_chain_register('sla_policy_change');
