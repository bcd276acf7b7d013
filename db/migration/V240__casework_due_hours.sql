-- Issue 14: the dashboard's "due within 24 hours" from counts kept per hour instead of a
-- count of the open cases' deadlines per request. The count moves with the time as well as
-- with the cases, so the open cases are kept per hour their nearest deadline falls in
-- (hours in UTC, which no time zone's change moves); the dashboard adds up the whole hours
-- of the next 24 and counts the deadlines of the two partial hours at the ends exactly
-- (open index of V22), a twelfth of the cases it counted before.
--
-- Kept by statement triggers like the figures of V151/V200 (whoever writes: the portal, the
-- escalation scan's one update, the generator's COPY); an update adds only the cases whose
-- hour or openness changed, so a scan that only warns adds nothing.

create table case_due_hours (
    hour  timestamptz not null primary key check (hour = date_bin('1 hour', hour, timestamptz 'epoch')),
    cases integer     not null default 0
);

-- The hour a deadline falls in.
create function case_due_hour(due timestamptz) returns timestamptz
    language sql
    immutable
as
$$
select date_bin('1 hour', due, timestamptz 'epoch')
$$;

-- Adds the open cases' deadlines that came and takes away those that went, per hour, in
-- hour order (two writers lock shared rows in the same order: they wait, never deadlock).
create function case_due_hours_add(added timestamptz[], removed timestamptz[]) returns void
    language sql
as
$$
insert into case_due_hours as t (hour, cases)
select d.hour, sum(d.sign)
from (select case_due_hour(a) as hour, 1 as sign from unnest(added) a
      union all
      select case_due_hour(r), -1 from unnest(removed) r) d
group by d.hour
having sum(d.sign) <> 0
order by d.hour
on conflict (hour) do update set cases = t.cases + excluded.cases
$$;

create function case_due_hours_after_insert() returns trigger
    language plpgsql
as
$$
begin
    perform case_due_hours_add(array(
        select n.due_at from new_rows n
        where n.due_at is not null and n.status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER')), '{}');
    return null;
end;
$$;

create function case_due_hours_after_update() returns trigger
    language plpgsql
as
$$
declare
    added   timestamptz[];
    removed timestamptz[];
begin
    select coalesce(array_agg(c.new_due) filter (where c.new_due is not null), '{}'),
           coalesce(array_agg(c.old_due) filter (where c.old_due is not null), '{}')
    into added, removed
    from (select case when o.status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER') then o.due_at end
                     as old_due,
                 case when n.status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER') then n.due_at end
                     as new_due
          from old_rows o
              join new_rows n on n.id = o.id) c
    where case_due_hour(c.old_due) is distinct from case_due_hour(c.new_due);
    perform case_due_hours_add(added, removed);
    return null;
end;
$$;

create function case_due_hours_after_delete() returns trigger
    language plpgsql
as
$$
begin
    perform case_due_hours_add('{}', array(
        select o.due_at from old_rows o
        where o.due_at is not null and o.status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER')));
    return null;
end;
$$;

create trigger service_case_due_hours_insert
    after insert on service_case referencing new table as new_rows
    for each statement execute function case_due_hours_after_insert();
create trigger service_case_due_hours_update
    after update on service_case referencing old table as old_rows new table as new_rows
    for each statement execute function case_due_hours_after_update();
create trigger service_case_due_hours_delete
    after delete on service_case referencing old table as old_rows
    for each statement execute function case_due_hours_after_delete();

insert into case_due_hours (hour, cases)
select case_due_hour(due_at), count(*)
from service_case
where due_at is not null and status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER')
group by 1;
