-- A billing run belongs to the instance running it, which proves it is alive by a heartbeat
-- every few seconds. A run whose heartbeat stopped (the instance died) is finished by another
-- instance: automatically by the takeover watch, or from the run's page.
alter table billing_run
    add column instance        varchar(64),
    add column heartbeat_at    timestamptz,
    add column taken_over_from varchar(64),
    add column taken_over_at   timestamptz;

-- The watch looks for running runs only.
create index billing_run_started_idx on billing_run (heartbeat_at) where status = 'STARTED';
