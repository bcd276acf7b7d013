-- Issue 14, items 8 and 9 at 1,000,000 cases: the figures kept per statement instead of per
-- row, and every panel of the dashboard read from a summary.
--
-- V151's triggers turned every written case into ten rows of JSON (old and new, for every
-- row an UPDATE touched, also when nothing the figures count had changed), then parsed them
-- back: the escalation scan's update of 3,000 cases built and parsed 60,000 JSON rows. Here
-- the triggers compare each case's old and new figures first (most of a scan's cases only
-- move their warning or next check) and expand only the cases that changed, in plain SQL
-- over arrays of a composite type, once per statement.
--
-- Two summaries join the daily figures, kept by the same statements:
-- * case_monthly_figures: the daily figures added up per calendar month, so that a year's
--   dashboard adds up eleven months and the days of two partial ones instead of 365 days;
-- * case_open_figures: the open cases per tier and team, and of those the ones late, so that
--   the dashboard's open cases by tier and overdue gauge read a few hundred rows instead of
--   every open case.
-- No index is added to service_case: every index costs each case the scan updates.

-- The figures per calendar month (month: its first day), as case_daily_figures.
create table case_monthly_figures (
    month                date        not null check (extract(day from month) = 1),
    dimension            varchar(8)  not null check (dimension in ('ALL', 'NATURE', 'UTILITY', 'UNIT', 'PERSON')),
    key                  varchar(24) not null,
    registered           integer     not null default 0,
    breached             integer     not null default 0,
    first_reply_measured integer     not null default 0,
    first_reply_on_time  integer     not null default 0,
    resolution_measured  integer     not null default 0,
    resolution_on_time   integer     not null default 0,
    repeats              integer     not null default 0,
    visits               integer     not null default 0,
    satisfied            integer     not null default 0,
    primary key (month, dimension, key)
);

-- The open cases (registered, in progress, waiting for the customer) per tier and
-- responsible team, and of those the ones whose first reply or resolution is late.
create table case_open_figures (
    tier    integer not null,
    unit_id bigint  not null,
    cases   integer not null default 0,
    late    integer not null default 0,
    primary key (tier, unit_id)
);

-- The trend (one row a day, dimension ALL) without walking the other dimensions' rows.
create index case_daily_figures_all_idx on case_daily_figures (day)
    include (registered, breached, repeats, visits, satisfied) where dimension = 'ALL';

-- One row of figures to add (signed), as case_daily_figures.
create type case_figure_row as (
    day                  date,
    dimension            varchar,
    key                  varchar,
    registered           integer,
    breached             integer,
    first_reply_measured integer,
    first_reply_on_time  integer,
    resolution_measured  integer,
    resolution_on_time   integer,
    repeats              integer,
    visits               integer,
    satisfied            integer
);

-- One case as the figures see it: what case_figure_rows (V151) counts, and its place among
-- the open cases. Two cases with equal values count the same.
create type case_figure_change as (
    day           date,
    nature        varchar,
    utility       varchar,
    unit          bigint,
    handler       bigint,
    late          integer,
    frm           integer,
    fro           integer,
    rm            integer,
    ro            integer,
    rep           integer,
    fr_unit       bigint,
    res_unit      bigint,
    fr_person     bigint,
    res_person    bigint,
    repeat_person bigint,
    is_open       boolean,
    tier          integer
);

create function case_figures_of(c service_case, zone text) returns case_figure_change
    language sql stable
as
$$
select row ((c.registered_at at time zone zone)::date, c.nature, c.utility, c.responsible_unit_id,
            coalesce(c.responsible_id, c.owner_id),
            (c.first_reply_late or c.resolution_late)::int,
            (c.first_replied_at is not null or c.first_reply_late)::int,
            (c.first_replied_at is not null and not c.first_reply_late)::int,
            (c.resolved_at is not null or c.resolution_late)::int,
            (c.resolved_at is not null and not c.resolution_late)::int,
            (c.repeat_of_id is not null)::int,
            coalesce(c.first_reply_charged_unit_id, c.responsible_unit_id),
            coalesce(c.resolution_charged_unit_id, c.responsible_unit_id),
            coalesce(c.first_reply_charged_id, c.responsible_id, c.owner_id),
            coalesce(c.resolution_charged_id, c.responsible_id, c.owner_id),
            c.repeat_charged_id,
            c.status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER'),
            c.tier)::case_figure_change
$$;

-- Adds signed rows to the daily and monthly figures in one statement, in key order (two
-- writers lock the rows they share in the same order, so they wait for each other instead
-- of deadlocking); rows that change nothing are left alone.
create function case_figures_add_rows(delta case_figure_row[]) returns void
    language sql
as
$$
with d as (select day, dimension, key, sum(registered) as registered, sum(breached) as breached,
                  sum(first_reply_measured) as first_reply_measured, sum(first_reply_on_time) as first_reply_on_time,
                  sum(resolution_measured) as resolution_measured, sum(resolution_on_time) as resolution_on_time,
                  sum(repeats) as repeats, sum(visits) as visits, sum(satisfied) as satisfied
           from unnest(delta)
           group by day, dimension, key
           having (sum(registered), sum(breached), sum(first_reply_measured), sum(first_reply_on_time),
                   sum(resolution_measured), sum(resolution_on_time), sum(repeats), sum(visits), sum(satisfied))
                  <> (0, 0, 0, 0, 0, 0, 0, 0, 0)),
     monthly as (
         insert into case_monthly_figures as t (month, dimension, key, registered, breached, first_reply_measured,
                                                first_reply_on_time, resolution_measured, resolution_on_time, repeats,
                                                visits, satisfied)
         select d.day - extract(day from d.day)::int + 1, d.dimension, d.key, sum(d.registered), sum(d.breached),
                sum(d.first_reply_measured), sum(d.first_reply_on_time), sum(d.resolution_measured),
                sum(d.resolution_on_time), sum(d.repeats), sum(d.visits), sum(d.satisfied)
         from d
         group by 1, d.dimension, d.key
         order by 1, d.dimension, d.key
         on conflict (month, dimension, key) do update
             set registered           = t.registered + excluded.registered,
                 breached             = t.breached + excluded.breached,
                 first_reply_measured = t.first_reply_measured + excluded.first_reply_measured,
                 first_reply_on_time  = t.first_reply_on_time + excluded.first_reply_on_time,
                 resolution_measured  = t.resolution_measured + excluded.resolution_measured,
                 resolution_on_time   = t.resolution_on_time + excluded.resolution_on_time,
                 repeats              = t.repeats + excluded.repeats,
                 visits               = t.visits + excluded.visits,
                 satisfied            = t.satisfied + excluded.satisfied)
insert into case_daily_figures as t (day, dimension, key, registered, breached, first_reply_measured,
                                     first_reply_on_time, resolution_measured, resolution_on_time, repeats, visits,
                                     satisfied)
select * from d
order by day, dimension, key
on conflict (day, dimension, key) do update
    set registered           = t.registered + excluded.registered,
        breached             = t.breached + excluded.breached,
        first_reply_measured = t.first_reply_measured + excluded.first_reply_measured,
        first_reply_on_time  = t.first_reply_on_time + excluded.first_reply_on_time,
        resolution_measured  = t.resolution_measured + excluded.resolution_measured,
        resolution_on_time   = t.resolution_on_time + excluded.resolution_on_time,
        repeats              = t.repeats + excluded.repeats,
        visits               = t.visits + excluded.visits,
        satisfied            = t.satisfied + excluded.satisfied
$$;

-- V151's entry point (the return visits' trigger): the same, from JSON.
create or replace function case_figures_add(delta jsonb) returns void
    language sql
as
$$
select case_figures_add_rows(array(
    select row (d.day, d.dimension, d.key, d.registered, d.breached, d.first_reply_measured, d.first_reply_on_time,
                d.resolution_measured, d.resolution_on_time, d.repeats, d.visits, d.satisfied)::case_figure_row
    from jsonb_to_recordset(delta) as d(day date, dimension varchar, key varchar, registered integer,
                                        breached integer, first_reply_measured integer, first_reply_on_time integer,
                                        resolution_measured integer, resolution_on_time integer, repeats integer,
                                        visits integer, satisfied integer)))
$$;

-- Cases added (as they are now) and taken away (as they were): the figures' rows each one
-- counts in (case_figure_rows of V151, as a list of values), and the open cases per tier
-- and team.
create function case_figures_apply(added case_figure_change[], removed case_figure_change[]) returns void
    language plpgsql
as
$$
begin
    if cardinality(added) = 0 and cardinality(removed) = 0 then
        return;
    end if;
    perform case_figures_add_rows(array(
        select row (c.day, r.dimension, r.key, c.sign * r.registered, c.sign * r.breached, c.sign * r.frm,
                    c.sign * r.fro, c.sign * r.rm, c.sign * r.ro, c.sign * r.rep, 0, 0)::case_figure_row
        from (select 1 as sign, a.* from unnest(added) a
              union all
              select -1, b.* from unnest(removed) b) c
            cross join lateral (values ('ALL'::varchar, ''::varchar, 1, c.late, c.frm, c.fro, c.rm, c.ro, c.rep),
                                       ('NATURE', c.nature, 1, c.late, c.frm, c.fro, c.rm, c.ro, c.rep),
                                       ('UTILITY', c.utility, 1, c.late, c.frm, c.fro, c.rm, c.ro, c.rep),
                                       ('UNIT', c.unit::varchar, 1, c.late, 0, 0, 0, 0, 0),
                                       ('UNIT', c.fr_unit::varchar, 0, 0, c.frm, c.fro, 0, 0, 0),
                                       ('UNIT', c.res_unit::varchar, 0, 0, 0, 0, c.rm, c.ro, 0),
                                       ('PERSON', coalesce(c.handler::varchar, ''), 1, c.late, 0, 0, 0, 0, 0),
                                       ('PERSON', c.fr_person::varchar, 0, 0, c.frm, c.fro, 0, 0, 0),
                                       ('PERSON', c.res_person::varchar, 0, 0, 0, 0, c.rm, c.ro, 0),
                                       ('PERSON', c.repeat_person::varchar, 0, 0, 0, 0, 0, 0, c.rep))
                as r(dimension, key, registered, breached, frm, fro, rm, ro, rep)
        where r.key is not null and (r.registered, r.breached, r.frm, r.fro, r.rm, r.ro, r.rep) <> (0, 0, 0, 0, 0, 0, 0)));
    insert into case_open_figures as t (tier, unit_id, cases, late)
    select c.tier, c.unit, sum(c.sign), sum(c.sign * c.late)
    from (select 1 as sign, a.* from unnest(added) a
          union all
          select -1, b.* from unnest(removed) b) c
    where c.is_open
    group by c.tier, c.unit
    having (sum(c.sign), sum(c.sign * c.late)) <> (0, 0)
    order by c.tier, c.unit
    on conflict (tier, unit_id) do update
        set cases = t.cases + excluded.cases,
            late = t.late + excluded.late;
end;
$$;

-- The statement triggers of V151, now without JSON and only over the cases whose figures
-- changed.
create or replace function case_figures_after_insert() returns trigger
    language plpgsql
as
$$
declare
    zone text := case_figures_zone();
begin
    perform case_figures_apply(array(select case_figures_of(n, zone) from new_rows n), '{}');
    return null;
end;
$$;

create or replace function case_figures_after_update() returns trigger
    language plpgsql
as
$$
declare
    zone    text := case_figures_zone();
    added   case_figure_change[];
    removed case_figure_change[];
begin
    select coalesce(array_agg(p.became), '{}'), coalesce(array_agg(p.was), '{}')
    into added, removed
    from (select case_figures_of(o, zone) as was, case_figures_of(n, zone) as became
          from old_rows o
              join new_rows n on n.id = o.id) p
    where p.was is distinct from p.became;
    perform case_figures_apply(added, removed);
    return null;
end;
$$;

-- All figures again from the cases and visits, the months and open cases too.
create or replace function case_figures_rebuild(zone text) returns void
    language plpgsql
as
$$
begin
    update case_figures_zone set zone = case_figures_rebuild.zone;
    delete from case_daily_figures;
    insert into case_daily_figures (day, dimension, key, registered, breached, first_reply_measured,
                                    first_reply_on_time, resolution_measured, resolution_on_time, repeats, visits,
                                    satisfied)
    select f.day, f.dimension, f.key, sum(f.registered), sum(f.breached), sum(f.first_reply_measured),
           sum(f.first_reply_on_time), sum(f.resolution_measured), sum(f.resolution_on_time), sum(f.repeats),
           sum(f.visits), sum(f.satisfied)
    from (select f.* from service_case c, lateral case_figure_rows(c, case_figures_rebuild.zone) f
          union all
          select f.* from return_visit v join service_case c on c.id = v.case_id,
              lateral case_visit_figure_rows(v, c, case_figures_rebuild.zone) f) f
    group by f.day, f.dimension, f.key;
    perform case_months_and_open_rebuild();
end;
$$;

-- The months from the days, the open cases from the cases.
create function case_months_and_open_rebuild() returns void
    language sql
as
$$
delete from case_monthly_figures;
insert into case_monthly_figures (month, dimension, key, registered, breached, first_reply_measured,
                                  first_reply_on_time, resolution_measured, resolution_on_time, repeats, visits,
                                  satisfied)
select day - extract(day from day)::int + 1, dimension, key, sum(registered), sum(breached),
       sum(first_reply_measured), sum(first_reply_on_time), sum(resolution_measured), sum(resolution_on_time),
       sum(repeats), sum(visits), sum(satisfied)
from case_daily_figures
group by 1, dimension, key;
delete from case_open_figures;
insert into case_open_figures (tier, unit_id, cases, late)
select tier, responsible_unit_id, count(*), count(*) filter (where first_reply_late or resolution_late)
from service_case
where status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER')
group by tier, responsible_unit_id;
$$;

select case_months_and_open_rebuild();
