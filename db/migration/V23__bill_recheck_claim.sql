-- A bill re-check request becomes exactly one case. Its request id is claimed here first with
-- insert ... on conflict do nothing, in the transaction that registers the case: a second
-- delivery of the same event (a retry, or one running at the same moment in another portal
-- instance) waits for the first transaction and then finds the claim taken. It registers
-- nothing and fails with no error. The unique service_case.recheck_request_id stays as the
-- last guard.
create table case_recheck_claim (
    request_id bigint      primary key,
    claimed_at timestamptz not null
);

insert into case_recheck_claim (request_id, claimed_at)
select recheck_request_id, registered_at from service_case where recheck_request_id is not null;
