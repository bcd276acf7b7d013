-- Scheduled jobs run once across instances (ShedLock): one row per job, held by the instance
-- running it until lock_until. Times are the database server's (ShedLock's usingDbTime), so
-- the instances' own clocks do not matter.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
