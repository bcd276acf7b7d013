-- A tamper-evident audit trail (issue 13). The records of the registered tables are chained by
-- hash, one chain per table: each record's link (audit_chain_link) carries the hash of the record
-- before it in its chain and its own, sha256(previous hash || the record's registered columns as
-- canonical JSON). Changing a record, removing it or its link, or slipping a record in behind the
-- sealer breaks the chain at that record, which audit_chain_verify names.
--
-- Writers only insert: nothing is locked or hashed when a record is written. A scheduled job (the
-- audit module's ChainSealer, on one instance at a time) seals committed records afterwards, in
-- batches, with audit_chain_seal. A chain runs in the order of the writing transactions' ids, then
-- the records' keys. Each chained table gets two columns and an index on (audit_txid, id):
--     audit_txid        the id of the transaction that wrote the record (of the one that put it in
--                       the chain's condition, e.g. published it, for tables chained on one)
--     audit_written_at  when, for the age of the oldest record waiting to be sealed
-- The sealer takes only records whose transaction is older than every transaction still running
-- (pg_snapshot_xmin of its snapshot). All those transactions have ended, so no record can ever
-- appear before the last one sealed, however writers' ids and commits interleave (a transaction
-- that took a lower id and commits later, ids taken ahead of the insert). A long transaction holds
-- sealing back until it ends; the check shows how many records wait and since when.
--
-- Adding a table is one line in a migration of the module that owns it:
--     select audit_chain_register('ledger_entry');
-- or, for records that join the chain on a condition (a version when it is published):
--     select audit_chain_register('tariff_version', 'status = ''PUBLISHED''');
-- The table needs a bigint key column `id`. The hashed columns are the table's columns at
-- registration except `version` (optimistic locking) and any the registration names as changing
-- later, so a column added later never breaks a chain. A registration may add parts read from the
-- owner's other tables (a fare version's bands), as a jsonb expression over the record `t`.

create table audit_chain_table (
    table_name    varchar(63) primary key,
    key_column    varchar(63) not null,
    columns       text[]      not null,
    condition     text,
    parts         text,
    registered_at timestamptz not null default now()
);

create table audit_chain_link (
    table_name varchar(63) not null references audit_chain_table (table_name),
    seq        bigint      not null,
    row_key    bigint      not null,
    row_txid   xid8        not null,
    prev_hash  bytea       not null,
    row_hash   bytea       not null,
    sealed_at  timestamptz not null default now(),
    primary key (table_name, seq),
    -- A record is sealed once.
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

create function audit_chain_genesis() returns bytea
    language sql
    immutable
as
$$
select decode(repeat('00', 32), 'hex')
$$;

-- The hash of a record: sha256 of the previous hash and the record's jsonb text (keys sorted,
-- values in their canonical text; timestamps in UTC through the SET clauses of the functions that
-- build the jsonb).
create function audit_chain_hash(prev bytea, record jsonb) returns bytea
    language sql
    immutable
as
$$
select sha256(prev || convert_to(record::text, 'UTF8'))
$$;

-- The SQL expression of a record of alias `t` as jsonb: its registered columns (in objects of 25,
-- under jsonb_build_object's 100 arguments) and the registration's parts.
create function audit_chain_record_sql(p_columns text[], p_parts text) returns text
    language sql
    immutable
as
$$
select coalesce(nullif(concat_ws(' || ',
        (select string_agg(format('jsonb_build_object(%s)', pairs), ' || ')
         from (select string_agg(format('%L, t.%I', c, c), ', ' order by o) as pairs
               from unnest(p_columns) with ordinality as u(c, o)
               group by (o - 1) / 25) chunks),
        '(' || p_parts || ')'), ''), '''{}''::jsonb')
$$;

-- A record as it is hashed (for scripts and checks by hand).
create function audit_chain_record(p_table text, p_key bigint) returns jsonb
    language plpgsql
    stable
    set timezone to 'UTC'
    set intervalstyle to 'iso_8601'
    set extra_float_digits to 1
as
$$
declare
    reg    audit_chain_table;
    record jsonb;
begin
    select * into strict reg from audit_chain_table where table_name = p_table;
    execute format('select %s from %I t where t.%I = $1', audit_chain_record_sql(reg.columns, reg.parts),
                   reg.table_name, reg.key_column)
        into record using p_key;
    return record;
end;
$$;

-- A record of a table chained on a condition joins the chain with the transaction that changes
-- it (publishes it), not the one that wrote it first.
create function audit_chain_touch() returns trigger
    language plpgsql
as
$$
begin
    new.audit_txid := pg_current_xact_id();
    new.audit_written_at := now();
    return new;
end;
$$;

-- Records past the newest link are not sealed, by the chain's order: no anti-join needed, which
-- the planner, with a bulk insert's stale statistics, would run as a nested loop over every link.
-- A table chained on a condition (small: price versions) also holds records sealed before it
-- was last touched, so there the links are looked up.
create function audit_chain_unsealed_sql(reg audit_chain_table) returns text
    language sql
    immutable
as
$$
select case when reg.condition is not null then
    format('and not exists (select 1 from audit_chain_link l where l.table_name = %L and l.row_key = t.%I)',
           reg.table_name, reg.key_column)
    else '' end
$$;

-- Seals up to p_limit records of a table that wait, in the chain's order, and returns how many.
-- Only records of transactions older than every running one (see the top of this file).
create function audit_chain_seal(p_table text, p_limit integer) returns integer
    language plpgsql
    set timezone to 'UTC'
    set intervalstyle to 'iso_8601'
    set extra_float_digits to 1
as
$$
declare
    reg     audit_chain_table;
    last    audit_chain_link;
    horizon xid8;
    prev    bytea;
    rec     record;
    n       integer  := 0;
    keys    bigint[] := '{}';
    txids   xid8[]   := '{}';
    prevs   bytea[]  := '{}';
    hashes  bytea[]  := '{}';
begin
    select * into strict reg from audit_chain_table where table_name = p_table;
    -- One sealer per chain: the job runs on one instance, and a second caller waits here.
    perform pg_advisory_xact_lock(hashtext('audit_chain_seal'), hashtext(p_table));
    select * into last from audit_chain_link where table_name = p_table order by seq desc limit 1;
    prev := coalesce(last.row_hash, audit_chain_genesis());
    horizon := pg_snapshot_xmin(pg_current_snapshot());
    for rec in execute format(
            'select t.%1$I as key, t.audit_txid as txid, %2$s as record from %3$I t '
                || 'where (t.audit_txid, t.%1$I) > ($1, $2) and t.audit_txid < $3 and (%4$s) %5$s '
                || 'order by t.audit_txid, t.%1$I limit $4',
            reg.key_column, audit_chain_record_sql(reg.columns, reg.parts), reg.table_name,
            coalesce(reg.condition, 'true'), audit_chain_unsealed_sql(reg))
        using coalesce(last.row_txid, '0'::xid8), coalesce(last.row_key, '-9223372036854775808'::bigint), horizon,
            p_limit
    loop
        n := n + 1;
        keys[n] := rec.key;
        txids[n] := rec.txid;
        prevs[n] := prev;
        prev := audit_chain_hash(prev, rec.record);
        hashes[n] := prev;
    end loop;
    insert into audit_chain_link (table_name, seq, row_key, row_txid, prev_hash, row_hash)
    select p_table, coalesce(last.seq, 0) + u.o, u.k, u.x, u.p, u.h
    from unnest(keys, txids, prevs, hashes) with ordinality as u(k, x, p, h, o);
    return n;
end;
$$;

-- How many records of a table are sealed, how many committed ones wait to be, and for how many
-- seconds the oldest of them has waited, on the database's clock, which wrote audit_written_at.
create function audit_chain_waiting(p_table text)
    returns table (sealed bigint, waiting bigint, oldest_waiting_seconds bigint)
    language plpgsql
as
$$
declare
    reg  audit_chain_table;
    last audit_chain_link;
begin
    select * into strict reg from audit_chain_table where table_name = p_table;
    select * into last from audit_chain_link where table_name = p_table order by seq desc limit 1;
    sealed := coalesce(last.seq, 0);
    execute format('select count(*), floor(extract(epoch from clock_timestamp() - min(t.audit_written_at)))::bigint '
                       || 'from %2$I t where (t.audit_txid, t.%1$I) > ($1, $2) and (%3$s) %4$s',
                   reg.key_column, reg.table_name, coalesce(reg.condition, 'true'), audit_chain_unsealed_sql(reg))
        into waiting, oldest_waiting_seconds
        using coalesce(last.row_txid, '0'::xid8), coalesce(last.row_key, '-9223372036854775808'::bigint);
    return next;
end;
$$;

-- Registers a table: remembers its columns (all but `version` and the ones named in p_unhashed,
-- which the owning module may still change, such as when a payment is reversed), adds the two
-- columns and the index the sealer reads by, and for a table chained on a condition the trigger
-- that moves a record to the end of the chain's order when it changes. The records already there
-- are sealed by the job like any other, in key order, before the ones written from now on.
create function audit_chain_register(p_table text, p_condition text default null, p_unhashed text[] default '{}',
                                     p_parts text default null)
    returns void
    language plpgsql
as
$$
begin
    insert into audit_chain_table (table_name, key_column, columns, condition, parts)
    select p_table, 'id', array_agg(column_name::text order by ordinal_position), p_condition, p_parts
    from information_schema.columns
    where table_schema = current_schema() and table_name = p_table
      and not (column_name::text = any (array ['version', 'audit_txid', 'audit_written_at'] || p_unhashed));
    -- Constant defaults first (no rewrite of a large table: the rows there read '0' and the time
    -- of this migration), then the defaults of the rows written from now on.
    execute format('alter table %I add column audit_txid xid8 not null default ''0'', '
                       || 'add column audit_written_at timestamptz not null default now()', p_table);
    execute format('alter table %I alter column audit_txid set default pg_current_xact_id()', p_table);
    execute format('create index %I on %I (audit_txid, id)', p_table || '_audit_order_idx', p_table);
    if p_condition is not null then
        execute format('create trigger %I before update on %I for each row execute function audit_chain_touch()',
                       p_table || '_audit_chain_touch', p_table);
    end if;
end;
$$;

-- Checks one table's sealed chain from its first record and names the first problem:
--   CHANGED      the record's content no longer gives its hash
--   REMOVED      the record is gone from its table
--   RELINKED     the link does not follow the one before it: that record or its link was changed
--   LINK_REMOVED a link is missing before this one (its record's link was deleted)
--   NOT_CHAINED  a record the sealer has passed has no link (written behind the sealer's back)
-- problem is null when the chain is intact; checked counts the links read; head is the hash of
-- the last link (write it down to notice a removal of the newest records); waiting and
-- oldest_waiting_seconds as audit_chain_waiting.
create function audit_chain_verify(p_table text)
    returns table (problem text, seq bigint, row_key bigint, checked bigint, head bytea, waiting bigint,
                   oldest_waiting_seconds bigint)
    language plpgsql
    set timezone to 'UTC'
    set intervalstyle to 'iso_8601'
    set extra_float_digits to 1
as
$$
declare
    reg          audit_chain_table;
    link         record;
    last         audit_chain_link;
    expected     bigint := 1;
    previous     bytea  := audit_chain_genesis();
    previous_key bigint;
    passed       bigint;
begin
    select * into strict reg from audit_chain_table where table_name = p_table;
    select * into last from audit_chain_link l where l.table_name = p_table order by l.seq desc limit 1;
    select w.waiting, w.oldest_waiting_seconds into waiting, oldest_waiting_seconds from audit_chain_waiting(p_table) w;
    checked := 0;
    for link in execute format(
            'select l.seq, l.row_key, l.prev_hash, l.row_hash, t.%1$I is not null as present, %2$s as record '
                || 'from audit_chain_link l left join %3$I t on t.%1$I = l.row_key '
                || 'where l.table_name = $1 order by l.seq',
            reg.key_column, audit_chain_record_sql(reg.columns, reg.parts), reg.table_name) using p_table
    loop
        checked := checked + 1;
        seq := link.seq;
        row_key := link.row_key;
        if link.seq <> expected then
            problem := 'LINK_REMOVED';
        elsif not link.present then
            problem := 'REMOVED';
        elsif audit_chain_hash(link.prev_hash, link.record) <> link.row_hash then
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
    -- Every link read leads to a record of its own (unique, and REMOVED otherwise), so a record the
    -- sealer has passed without a link shows as one record more than links; only then is it
    -- looked for (a set difference, which no stale statistics turn into a nested loop).
    execute format('select count(*) from %2$I t where (t.audit_txid, t.%1$I) <= ($1, $2) and (%3$s)',
                   reg.key_column, reg.table_name, coalesce(reg.condition, 'true'))
        into passed using coalesce(last.row_txid, '0'::xid8), coalesce(last.row_key, '-9223372036854775808'::bigint);
    if passed > checked then
        execute format('select min(k) from (select t.%1$I as k from %2$I t where (t.audit_txid, t.%1$I) <= ($1, $2) '
                           || 'and (%3$s) except select l.row_key from audit_chain_link l where l.table_name = $3) unsealed',
                       reg.key_column, reg.table_name, coalesce(reg.condition, 'true'))
            into row_key
            using coalesce(last.row_txid, '0'::xid8), coalesce(last.row_key, '-9223372036854775808'::bigint), p_table;
        problem := 'NOT_CHAINED';
        seq := null;
        head := null;
        return next;
        return;
    end if;
    seq := null;
    row_key := null;
    head := case when checked > 0 then previous end;
    return next;
end;
$$;

-- The access log is chained from here; the other modules register their tables in their own
-- migrations (V227 billing, V228 tariff, V228.1 catalogue, V229 casework, V230 metro).
select audit_chain_register('access_log');
