-- A tamper-evident audit trail (issue 13). Records of the registered tables are chained by hash:
-- each record's link carries the hash of the previous record of its table and its own hash,
-- sha256(previous hash || the record's registered columns as canonical JSON). Changing a record,
-- removing it, removing its link or slipping a record in without one breaks the chain at that
-- record, which audit_chain_verify names.
--
-- A record is sealed when its transaction commits (a deferred constraint trigger), under one
-- transaction-level advisory lock, so concurrent transactions chain one after another in commit
-- order and never fork the chain; the lock is held only for the commit itself.
--
-- Adding a table is one line in a migration of the module that owns it:
--     select audit_chain_register('ledger_entry');
-- or, for records that join the chain on a condition (a version when it is published):
--     select audit_chain_register('tariff_version', 'status = ''PUBLISHED''');
-- The table needs a bigint key column `id`. The hashed columns are the table's columns at
-- registration except `version` (optimistic locking) and any the registration names as changing
-- later, so a column added later never breaks it.

create table audit_chain_table (
    table_name    varchar(63) primary key,
    key_column    varchar(63) not null,
    columns       text[]      not null,
    condition     text,
    registered_at timestamptz not null default now()
);

create table audit_chain_link (
    table_name varchar(63) not null references audit_chain_table (table_name),
    seq        bigint      not null,
    row_key    bigint      not null,
    prev_hash  bytea       not null,
    row_hash   bytea       not null,
    sealed_at  timestamptz not null default now(),
    primary key (table_name, seq),
    unique (table_name, row_key)
);

create function audit_chain_is_append_only() returns trigger
    language plpgsql
as
$$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;

create trigger audit_chain_link_append_only
    before update or delete on audit_chain_link
    for each row execute function audit_chain_is_append_only();

create trigger audit_chain_table_append_only
    before update or delete on audit_chain_table
    for each row execute function audit_chain_is_append_only();

-- The hash of a record: its registered columns as jsonb (keys sorted, values in their canonical
-- text; timestamps in UTC through the SET clauses of the functions that build the json).
create function audit_chain_hash(prev bytea, record jsonb, columns text[]) returns bytea
    language sql
    immutable
as
$$
select sha256(prev || convert_to(
        (select coalesce(jsonb_object_agg(key, value), '{}'::jsonb) from jsonb_each(record) where key = any (columns))::text,
        'UTF8'))
$$;

create function audit_chain_genesis() returns bytea
    language sql
    immutable
as
$$
select decode(repeat('00', 32), 'hex')
$$;

-- Appends one record to its table's chain, unless it is chained already or does not (yet) meet
-- the table's condition.
create function audit_chain_append(p_table text, p_key bigint) returns void
    language plpgsql
    set timezone to 'UTC'
    set intervalstyle to 'iso_8601'
    set extra_float_digits to 1
as
$$
declare
    reg     audit_chain_table;
    record  jsonb;
    last    audit_chain_link;
    prev    bytea;
begin
    if exists (select 1 from audit_chain_link where table_name = p_table and row_key = p_key) then
        return;
    end if;
    select * into strict reg from audit_chain_table where table_name = p_table;
    execute format('select to_jsonb(t) from %I t where %I = $1 and (%s)', reg.table_name, reg.key_column,
                   coalesce(reg.condition, 'true'))
        into record using p_key;
    if record is null then
        return;
    end if;
    -- One lock for every chain: no two transactions wait on each other's chain locks.
    perform pg_advisory_xact_lock(hashtext('audit_chain'));
    select * into last from audit_chain_link where table_name = p_table order by seq desc limit 1;
    prev := coalesce(last.row_hash, audit_chain_genesis());
    insert into audit_chain_link (table_name, seq, row_key, prev_hash, row_hash)
    values (p_table, coalesce(last.seq, 0) + 1, p_key, prev, audit_chain_hash(prev, record, reg.columns));
end;
$$;

create function audit_chain_seal() returns trigger
    language plpgsql
as
$$
declare
    reg audit_chain_table;
begin
    select * into strict reg from audit_chain_table where table_name = tg_table_name;
    perform audit_chain_append(tg_table_name, (to_jsonb(new) ->> reg.key_column)::bigint);
    return null;
end;
$$;

-- Registers a table: remembers its columns (all but `version` and the ones named in p_unhashed,
-- which the owning module may still change, such as when a payment is reversed), seals its
-- records at every commit from now on and chains the records it already holds, in key order.
create function audit_chain_register(p_table text, p_condition text default null, p_unhashed text[] default '{}')
    returns void
    language plpgsql
as
$$
declare
    key bigint;
begin
    insert into audit_chain_table (table_name, key_column, columns, condition)
    select p_table, 'id', array_agg(column_name::text order by ordinal_position), p_condition
    from information_schema.columns
    where table_schema = current_schema() and table_name = p_table and column_name <> 'version'
      and not (column_name::text = any (p_unhashed));
    execute format('create constraint trigger %I after insert or update on %I deferrable initially deferred '
                       || 'for each row execute function audit_chain_seal()', p_table || '_audit_chain', p_table);
    for key in execute format('select id from %I t where (%s) order by id', p_table, coalesce(p_condition, 'true'))
    loop
        perform audit_chain_append(p_table, key);
    end loop;
end;
$$;

-- Checks one table's chain from its first record and names the first problem:
--   CHANGED      the record's content no longer gives its hash
--   REMOVED      the record is gone from its table
--   RELINKED     the link does not follow the one before it: that record or its link was changed
--   LINK_REMOVED a link is missing before this one (its record's link was deleted)
--   NOT_CHAINED  a record that belongs in the chain has no link (slipped in past the seal)
-- problem is null when the chain is intact; checked counts the links read; head is the hash of
-- the last link (write it down to notice a removal of the newest records).
create function audit_chain_verify(p_table text)
    returns table (problem text, seq bigint, row_key bigint, checked bigint, head bytea)
    language plpgsql
    set timezone to 'UTC'
    set intervalstyle to 'iso_8601'
    set extra_float_digits to 1
as
$$
declare
    reg      audit_chain_table;
    link     record;
    expected bigint := 1;
    previous bytea  := audit_chain_genesis();
    previous_key bigint;
begin
    select * into strict reg from audit_chain_table where table_name = p_table;
    checked := 0;
    for link in execute format(
            'select l.seq, l.row_key, l.prev_hash, l.row_hash, to_jsonb(t) as record '
                || 'from audit_chain_link l left join %I t on t.%I = l.row_key '
                || 'where l.table_name = $1 order by l.seq', reg.table_name, reg.key_column) using p_table
    loop
        checked := checked + 1;
        seq := link.seq;
        row_key := link.row_key;
        if link.seq <> expected then
            problem := 'LINK_REMOVED';
        elsif link.record is null then
            problem := 'REMOVED';
        elsif audit_chain_hash(link.prev_hash, link.record, reg.columns) <> link.row_hash then
            problem := 'CHANGED';
        elsif link.prev_hash <> previous then
            problem := 'RELINKED';
            seq := link.seq - 1;
            row_key := previous_key;
        end if;
        if problem is not null then
            head := null;
            return next;
            return;
        end if;
        expected := link.seq + 1;
        previous := link.row_hash;
        previous_key := link.row_key;
    end loop;
    execute format('select min(t.%I) from %I t where (%s) and not exists '
                       || '(select 1 from audit_chain_link l where l.table_name = $1 and l.row_key = t.%I)',
                   reg.key_column, reg.table_name, coalesce(reg.condition, 'true'), reg.key_column)
        into row_key using p_table;
    if row_key is not null then
        problem := 'NOT_CHAINED';
        seq := null;
        head := null;
        return next;
        return;
    end if;
    seq := null;
    head := case when checked > 0 then previous end;
    return next;
end;
$$;

-- The access log is chained from here; the other modules register their tables in their own
-- migrations (V227 billing, V228 tariff, V229 casework).
select audit_chain_register('access_log');
