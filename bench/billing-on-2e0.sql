-- Takes 2e0ab2d's measured billing run (2026-09, started by the benchmark) back out of a COPY of
-- 2e0ab2d's BillingBenchmark database, so that another version bills exactly the same accounts
-- after exactly the same previous month (issue 16: the run compared like for like). Run it on the
-- copy BEFORE the other version's migrations (they build the ledger from the bills there are):
--
--   createdb -h 127.0.0.1 -U bench -T bench_billing_2e0 bc_2e0
--   psql -h 127.0.0.1 -U bench -d bc_2e0 -v ON_ERROR_STOP=1 -f bench/billing-on-2e0.sql
--
-- then BillingBenchmark with -Dbench.accounts=200000 on it (see docs/BENCHMARKS.md, "The billing
-- run: cost per bill"). What the run wrote, and what is undone here:
--   bill, bill_line            its bills and their lines (triggers refuse it: disabled meanwhile)
--   meter_reading              the estimated closing readings it saved (entered by 'billing' at
--                              the run's issue time)
--   account_balance            moved by each bill's charges: moved back; a row the run created
--                              (no other bill or payment of the account) removed
--   bill_adjustment            applied_bill_id of the adjustments it carried: back to null
--   billing_skip, billing_run  the run and its skipped accounts
--   batch_*                    its Spring Batch job execution (and instance)
-- It refuses a database already migrated past 2e0ab2d, and one where anything else points at the
-- run's bills (payments, re-checks, adjustments of them), rather than guess.

\set ON_ERROR_STOP on
begin;

do $$
begin
    if to_regclass('ledger_entry') is not null then
        raise exception 'already migrated past 2e0ab2d (ledger_entry exists): run this on a fresh copy of its database';
    end if;
end
$$;

create temp table measured_run on commit drop as
select id, job_execution_id, started_at as issued_at
from billing_run
where billing_month = date '2026-09-01' and started_by = 'bench' and status = 'COMPLETED';

do $$
begin
    if (select count(*) from measured_run) <> 1 then
        raise exception 'expected exactly one completed benchmark run of 2026-09, found %',
            (select count(*) from measured_run);
    end if;
end
$$;

create temp table measured_bill on commit drop as
select b.id, b.account_id, b.period_from, b.charges, b.due_date, b.closing_reading_id, b.closing_source
from bill b
where b.run_id = (select id from measured_run);

do $$
begin
    if exists (select 1 from payment_allocation a join measured_bill b on b.id = a.bill_id)
        or exists (select 1 from bill_recheck_request q join measured_bill b on b.id = q.bill_id)
        or exists (select 1 from bill_adjustment j join measured_bill b on b.id = j.bill_id)
        or exists (select 1 from bill later join measured_bill b on b.account_id = later.account_id
                   where later.period_from > b.period_from) then
        raise exception 'something refers to the measured run''s bills or follows them: not removed';
    end if;
end
$$;

-- The balance: the run added each bill's charges, and set the oldest unpaid due date to the
-- bill's when there was none (it keeps an older one); a row it inserted had neither a bill nor a
-- payment before it.
update account_balance ab
set balance           = ab.balance - b.charges,
    oldest_unpaid_due = case when ab.oldest_unpaid_due = b.due_date then null else ab.oldest_unpaid_due end,
    version           = greatest(ab.version - 1, 0)
from measured_bill b
where b.account_id = ab.account_id;

delete from account_balance ab
using measured_bill b
where b.account_id = ab.account_id
  and not exists (select 1 from bill o where o.account_id = ab.account_id and o.id <> b.id)
  and not exists (select 1 from payment p where p.account_id = ab.account_id);

do $$
begin
    if exists (select 1 from account_balance ab join measured_bill b on b.account_id = ab.account_id
               where ab.balance > 0 and ab.oldest_unpaid_due is null) then
        raise exception 'an account owes something after taking the run back but has no oldest unpaid due date';
    end if;
end
$$;

update bill_adjustment
set applied_bill_id = null
where applied_bill_id in (select id from measured_bill);

alter table bill_line disable trigger bill_line_final;
alter table bill disable trigger bill_final;

delete from bill_line where bill_id in (select id from measured_bill);
delete from bill where id in (select id from measured_bill);

alter table bill enable trigger bill_final;
alter table bill_line enable trigger bill_line_final;

delete from meter_reading m
using measured_bill b
where m.id = b.closing_reading_id and b.closing_source = 'ESTIMATED'
  and m.source = 'ESTIMATED' and m.entered_by = 'billing' and m.entered_at = (select issued_at from measured_run);

delete from billing_skip where run_id = (select id from measured_run);

create temp table measured_job on commit drop as
select e.job_execution_id, e.job_instance_id
from batch_job_execution e
where e.job_execution_id = (select job_execution_id from measured_run);

delete from batch_step_execution_context
where step_execution_id in (select step_execution_id from batch_step_execution
                            where job_execution_id in (select job_execution_id from measured_job));
delete from batch_step_execution where job_execution_id in (select job_execution_id from measured_job);
delete from batch_job_execution_context where job_execution_id in (select job_execution_id from measured_job);
delete from batch_job_execution_params where job_execution_id in (select job_execution_id from measured_job);
delete from batch_job_execution where job_execution_id in (select job_execution_id from measured_job);
delete from batch_job_instance i
where i.job_instance_id in (select job_instance_id from measured_job)
  and not exists (select 1 from batch_job_execution e where e.job_instance_id = i.job_instance_id);

delete from billing_run where id = (select id from measured_run);

-- What is left: the accounts the measured run had read, due again and without a bill for 2026-09.
select count(*) as accounts_due_again_for_2026_09
from service_account a
where a.utility <> 'METRO' and a.status = 'OPEN' and a.opened_on < date '2026-10-01'
  and a.billing_cycle in ('MONTHLY', 'QUARTERLY')
  and not exists (select 1 from bill x where x.account_id = a.id and x.period_to >= date '2026-10-01');

commit;
