-- Four eyes on notices (issue 13): a notice reaches many customers' inboxes, so whoever wrote or
-- edited it does not publish it.

-- Checked when one is published (a trigger rather than a check constraint, so notices
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
