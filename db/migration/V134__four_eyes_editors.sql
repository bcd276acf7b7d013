-- Four eyes, done right (issue 13): every officer who edits a draft is recorded, and nobody who
-- wrote or edited any part of a draft publishes it. Applies to tariff versions, catalogue versions
-- and notices (which reach many customers' inboxes); metro fare versions share the mapping.
-- One migration for the three modules' tables because the rule is one rule; each table keeps its
-- own constraint and trigger.

-- The editors of a draft only grow: a name once recorded is never taken off.
create function four_eyes_editors_only_grow() returns trigger
    language plpgsql
as
$$
begin
    if not (new.edited_by @> old.edited_by) then
        raise exception 'the editors of a draft are never removed (%.%)', tg_table_name, old.id;
    end if;
    return new;
end;
$$;

alter table tariff_version
    add column edited_by varchar(64)[] not null default '{}',
    drop constraint tariff_version_four_eyes,
    add constraint tariff_version_four_eyes
        check (published_by is null or (published_by <> created_by and not (published_by = any (edited_by))));

create trigger tariff_version_editors
    before update on tariff_version
    for each row execute function four_eyes_editors_only_grow();

alter table catalogue_version
    add column edited_by varchar(64)[] not null default '{}',
    drop constraint catalogue_version_four_eyes,
    add constraint catalogue_version_four_eyes
        check (published_by is null or (published_by <> created_by and not (published_by = any (edited_by))));

create trigger catalogue_version_editors
    before update on catalogue_version
    for each row execute function four_eyes_editors_only_grow();

-- Metro fare drafts are never edited, but they share the mapping of every published version.
alter table metro_fare_version
    add column edited_by varchar(64)[] not null default '{}',
    drop constraint metro_fare_version_four_eyes,
    add constraint metro_fare_version_four_eyes
        check (published_by is null or (published_by <> created_by and not (published_by = any (edited_by))));

create trigger metro_fare_version_editors
    before update on metro_fare_version
    for each row execute function four_eyes_editors_only_grow();

-- Notices: checked when one is published (a trigger rather than a check constraint, so notices
-- published by their writer before this rule can still be withdrawn or superseded).
alter table notice
    add column edited_by varchar(64)[] not null default '{}';

create function notice_four_eyes() returns trigger
    language plpgsql
as
$$
begin
    if new.published_by is not null and (tg_op = 'INSERT' or old.published_by is null)
        and (new.published_by = new.written_by or new.published_by = any (new.edited_by)) then
        raise exception 'four eyes: % wrote or edited notice % and cannot publish it', new.published_by, new.id
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;

create trigger notice_four_eyes
    before insert or update on notice
    for each row execute function notice_four_eyes();

create trigger notice_editors
    before update on notice
    for each row execute function four_eyes_editors_only_grow();
