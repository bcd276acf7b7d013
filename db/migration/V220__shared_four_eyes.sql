-- Four eyes, done right (issue 13): every officer who edits a draft is recorded, and nobody who
-- wrote or edited any part of a draft publishes it. The rule's shared piece; each module applies
-- it to its own table (V221 tariff versions, V222 catalogue versions, V223 metro fare
-- versions, V224 notices, which reach many customers' inboxes).

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

