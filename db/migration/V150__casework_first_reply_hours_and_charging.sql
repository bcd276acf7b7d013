-- Issue 14, correct defaults.
--
-- 1. Each stage of a policy counts its own way: the first reply may count every hour (the
--    rule is "every complaint answered within 24 hours", day and night) while resolution,
--    tiers and the return visit count working time, or the other way round. The catch-all
--    policies' first reply of 1,440 *working* minutes (three working days) becomes 1,440
--    clock minutes; a first reply a policy set shorter in working time stays as it was.
--    Running cases keep the promise they were registered with (their first reply counted
--    as their other clocks did).
-- 2. Lateness is charged to whoever was responsible when a clock stopped or broke: the
--    responsible person (else the owner) and team at that moment, kept with the case, so a
--    reassignment no longer moves lateness to the new handler. Cases from before this
--    migration have nothing recorded: their figures fall back to the handler as it is.
-- 3. A repeat complaint is charged to whoever resolved the earlier case, and a return
--    visit's rating to whoever resolved the round it rates, both as they were at the time.
-- 4. The working minutes a resolution took (for the at-risk rule's median handling time).

alter table sla_policy add column first_reply_all_hours boolean not null default false;
update sla_policy set first_reply_all_hours = true where all_hours or first_reply_minutes = 1440;
alter table sla_policy alter column first_reply_all_hours set default true;

alter table service_case
    add column first_reply_all_hours        boolean not null default false,
    add column first_reply_charged_id      bigint,
    add column first_reply_charged_unit_id bigint,
    add column resolution_charged_id       bigint,
    add column resolution_charged_unit_id  bigint,
    add column repeat_charged_id           bigint,
    add column handling_minutes            integer check (handling_minutes >= 0);
update service_case set first_reply_all_hours = true where all_hours;

alter table return_visit
    add column charged_id      bigint,
    add column charged_unit_id bigint;

-- The recent handling times of a team and nature (the at-risk rule), from the index alone.
create index service_case_resolved_idx on service_case (resolved_at)
    include (resolution_charged_unit_id, responsible_unit_id, nature, handling_minutes)
    where resolved_at is not null;
