-- Issue 14, dashboards over long periods: the supervisors' figures per business day, kept up to
-- date by the database as cases and return visits are written (whoever writes them: the
-- portal, the escalation scan's set-based update, the data generator's COPY, the demo data),
-- so a dashboard over a year adds up at most a few hundred rows per day instead of half a
-- million cases.
--
-- A row is one day and one group: ALL (the day's total), NATURE, UTILITY, UNIT or PERSON
-- (a user account id; '' for none). Cases count on the day they were registered, return
-- visits on the day they were made. A case counts for the team and person handling it now
-- (the responsible person, else the owner); its first reply and resolution count for the
-- team and person charged when that clock stopped or broke (issue 14), its repeat for the
-- person who resolved the earlier case, a visit for the person who resolved the round.

create table case_daily_figures (
    day                  date        not null,
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
    primary key (day, dimension, key)
);

-- The business time zone the days are counted in; the portal rebuilds the figures when it
-- starts with another one (CaseFiguresZone).
create table case_figures_zone (
    only_row boolean primary key default true check (only_row),
    zone     text    not null
);
insert into case_figures_zone (zone) values ('${timezone}');

create function case_figures_zone() returns text
    language sql stable
as
$$
select zone from case_figures_zone
$$;

-- What one case adds to the figures, as it stands.
create function case_figure_rows(c service_case, zone text)
    returns table (day date, dimension varchar, key varchar, registered integer, breached integer,
                   first_reply_measured integer, first_reply_on_time integer, resolution_measured integer,
                   resolution_on_time integer, repeats integer, visits integer, satisfied integer)
    language sql stable
as
$$
with f as (select (c.registered_at at time zone zone)::date as day,
                  coalesce(c.responsible_id, c.owner_id) as handler,
                  (c.first_reply_late or c.resolution_late)::int as late,
                  (c.first_replied_at is not null or c.first_reply_late)::int as frm,
                  (c.first_replied_at is not null and not c.first_reply_late)::int as fro,
                  (c.resolved_at is not null or c.resolution_late)::int as rm,
                  (c.resolved_at is not null and not c.resolution_late)::int as ro,
                  (c.repeat_of_id is not null)::int as rep)
select day, 'ALL', '', 1, late, frm, fro, rm, ro, rep, 0, 0 from f
union all
select day, 'NATURE', c.nature, 1, late, frm, fro, rm, ro, rep, 0, 0 from f
union all
select day, 'UTILITY', c.utility, 1, late, frm, fro, rm, ro, rep, 0, 0 from f
union all
select day, 'UNIT', c.responsible_unit_id::text, 1, late, 0, 0, 0, 0, 0, 0, 0 from f
union all
select day, 'UNIT', coalesce(c.first_reply_charged_unit_id, c.responsible_unit_id)::text, 0, 0, frm, fro, 0, 0, 0, 0, 0
from f where frm = 1
union all
select day, 'UNIT', coalesce(c.resolution_charged_unit_id, c.responsible_unit_id)::text, 0, 0, 0, 0, rm, ro, 0, 0, 0
from f where rm = 1
union all
select day, 'PERSON', coalesce(handler::text, ''), 1, late, 0, 0, 0, 0, 0, 0, 0 from f
union all
select day, 'PERSON', coalesce(c.first_reply_charged_id, handler)::text, 0, 0, frm, fro, 0, 0, 0, 0, 0
from f where frm = 1 and coalesce(c.first_reply_charged_id, handler) is not null
union all
select day, 'PERSON', coalesce(c.resolution_charged_id, handler)::text, 0, 0, 0, 0, rm, ro, 0, 0, 0
from f where rm = 1 and coalesce(c.resolution_charged_id, handler) is not null
union all
select day, 'PERSON', c.repeat_charged_id::text, 0, 0, 0, 0, 0, 0, 1, 0, 0
from f where rep = 1 and c.repeat_charged_id is not null
$$;

-- What one return visit adds: its day, the team and the person who resolved the round.
create function case_visit_figure_rows(v return_visit, c service_case, zone text)
    returns table (day date, dimension varchar, key varchar, registered integer, breached integer,
                   first_reply_measured integer, first_reply_on_time integer, resolution_measured integer,
                   resolution_on_time integer, repeats integer, visits integer, satisfied integer)
    language sql stable
as
$$
with f as (select (v.visited_at at time zone zone)::date as day, (v.overall >= 4)::int as ok,
                  coalesce(v.charged_unit_id, c.resolution_charged_unit_id, c.responsible_unit_id) as unit,
                  coalesce(v.charged_id, c.resolution_charged_id, c.responsible_id, c.owner_id) as person)
select day, 'ALL', '', 0, 0, 0, 0, 0, 0, 0, 1, ok from f
union all
select day, 'UNIT', unit::text, 0, 0, 0, 0, 0, 0, 0, 1, ok from f
union all
select day, 'PERSON', person::text, 0, 0, 0, 0, 0, 0, 0, 1, ok from f where person is not null
$$;

-- Adds signed rows to the figures in one statement, in key order (two writers lock the rows
-- they share in the same order, so they wait for each other instead of deadlocking); rows
-- that change nothing are left alone.
create function case_figures_add(delta jsonb) returns void
    language sql
as
$$
insert into case_daily_figures as t (day, dimension, key, registered, breached, first_reply_measured,
                                     first_reply_on_time, resolution_measured, resolution_on_time, repeats, visits,
                                     satisfied)
select d.day, d.dimension, d.key, sum(d.registered), sum(d.breached), sum(d.first_reply_measured),
       sum(d.first_reply_on_time), sum(d.resolution_measured), sum(d.resolution_on_time), sum(d.repeats),
       sum(d.visits), sum(d.satisfied)
from jsonb_to_recordset(delta) as d(day date, dimension varchar, key varchar, registered integer, breached integer,
                                    first_reply_measured integer, first_reply_on_time integer,
                                    resolution_measured integer, resolution_on_time integer, repeats integer,
                                    visits integer, satisfied integer)
group by d.day, d.dimension, d.key
having (sum(d.registered), sum(d.breached), sum(d.first_reply_measured), sum(d.first_reply_on_time),
        sum(d.resolution_measured), sum(d.resolution_on_time), sum(d.repeats), sum(d.visits), sum(d.satisfied))
       <> (0, 0, 0, 0, 0, 0, 0, 0, 0)
order by d.day, d.dimension, d.key
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

-- Statement triggers with transition tables: one pass per statement however many rows it
-- wrote (the escalation scan updates a whole batch in one statement, COPY sends thousands).
create function case_figures_after_insert() returns trigger
    language plpgsql
as
$$
declare
    zone text := case_figures_zone();
begin
    perform case_figures_add(coalesce((select jsonb_agg(f) from new_rows n, lateral case_figure_rows(n, zone) f),
                                      '[]'));
    return null;
end;
$$;

create function case_figures_after_update() returns trigger
    language plpgsql
as
$$
declare
    zone text := case_figures_zone();
begin
    perform case_figures_add(coalesce((
        select jsonb_agg(d) from (
            select f.* from new_rows n, lateral case_figure_rows(n, zone) f
            union all
            select f.day, f.dimension, f.key, -f.registered, -f.breached, -f.first_reply_measured,
                   -f.first_reply_on_time, -f.resolution_measured, -f.resolution_on_time, -f.repeats, -f.visits,
                   -f.satisfied
            from old_rows o, lateral case_figure_rows(o, zone) f) d), '[]'));
    return null;
end;
$$;

create function case_visit_figures_after_insert() returns trigger
    language plpgsql
as
$$
declare
    zone text := case_figures_zone();
begin
    perform case_figures_add(coalesce((
        select jsonb_agg(f) from new_rows v join service_case c on c.id = v.case_id,
            lateral case_visit_figure_rows(v, c, zone) f), '[]'));
    return null;
end;
$$;

create trigger service_case_figures_insert
    after insert on service_case referencing new table as new_rows
    for each statement execute function case_figures_after_insert();

create trigger service_case_figures_update
    after update on service_case referencing old table as old_rows new table as new_rows
    for each statement execute function case_figures_after_update();

create trigger return_visit_figures_insert
    after insert on return_visit referencing new table as new_rows
    for each statement execute function case_visit_figures_after_insert();

-- All figures again from the cases and visits (in another time zone, or to check the kept
-- ones): one grouped pass.
create function case_figures_rebuild(zone text) returns void
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
end;
$$;

select case_figures_rebuild('${timezone}');
