-- Issue 14, clocks that warn before they break: the open cases found at risk by the last
-- at-risk check (AtRiskScan): their remaining working time is less than their team's recent
-- median handling time for that kind of case times their place in the queue. Replaced by each
-- check; a case is flagged (and its team lead told) once per round.

create table case_at_risk (
    case_id           bigint      primary key references service_case (id),
    round             integer     not null,
    unit_id           bigint      not null,
    flagged_at        timestamptz not null,
    due_at            timestamptz not null,
    remaining_minutes integer     not null check (remaining_minutes >= 0),
    median_minutes    integer     not null check (median_minutes > 0),
    queue_position    integer     not null check (queue_position > 0)
);

create index case_at_risk_unit_idx on case_at_risk (unit_id);
