-- One customer record across all utilities, with its service accounts, the history of every
-- change, key-account managers and the contact log.

-- The two-character pieces of a name, for substring search of Chinese names (张晓明 -> 张晓, 晓明).
-- A name of one character yields that character.
create function portal_name_grams(name text) returns text[]
    language sql
    immutable
    parallel safe
as
$$
select coalesce(array_agg(distinct substr(n, i, 2)), '{}')
from (select regexp_replace(lower(name), '\s+', '', 'g') as n) normalised,
     generate_series(1, greatest(length(n) - 1, 1)) as i
$$;

create sequence customer_id_seq increment by 50;

create table customer (
    id                  bigint       primary key default nextval('customer_id_seq'),
    name                varchar(100) not null check (length(trim(name)) > 0),
    kind                varchar(16)  not null
        check (kind in ('RESIDENTIAL', 'COMMERCIAL', 'INDUSTRIAL', 'LARGE_INDUSTRY', 'RURAL')),
    id_type             varchar(16)  not null check (id_type in ('RESIDENT_ID', 'CREDIT_CODE')),
    id_number           varchar(18)  not null check (length(id_number) = 18 and id_number = upper(id_number)),
    address             varchar(200) not null,
    preferred_language  varchar(8)   not null default 'zh-CN' check (preferred_language in ('zh-CN', 'en')),
    key_account         boolean      not null default false,
    vulnerable          boolean      not null default false,
    green_channel       boolean      not null default false,
    consent_purpose     varchar(200) not null,
    consent_date        date         not null,
    created_at          timestamptz  not null default now(),
    created_by          varchar(64)  not null,
    version             bigint       not null default 0,
    name_grams          text[]       generated always as (portal_name_grams(name)) stored,
    id_number_reversed  varchar(18)  generated always as (reverse(id_number)) stored,
    constraint customer_id_number_unique unique (id_number)
);

-- Counter search: one index per kind of search.
create index customer_name_grams_idx on customer using gin (name_grams);
create index customer_surname_idx on customer (left(name, 1), id);
create index customer_id_tail_idx on customer (id_number_reversed text_pattern_ops);

create table customer_mobile (
    customer_id bigint     not null references customer (id),
    position    integer    not null check (position >= 0),
    number      varchar(11) not null check (number ~ '^1[3-9][0-9]{9}$'),
    primary key (customer_id, position)
);

create index customer_mobile_number_idx on customer_mobile (number);

alter table user_account
    add constraint user_account_customer_fk foreign key (customer_id) references customer (id);

create sequence service_account_id_seq increment by 50;
create sequence service_account_number_seq;

create table service_account (
    id                  bigint       primary key default nextval('service_account_id_seq'),
    customer_id         bigint       not null references customer (id),
    utility             varchar(16)  not null check (utility in ('ELECTRICITY', 'WATER', 'GAS', 'METRO')),
    account_number      varchar(11)  not null unique check (account_number ~ '^[EWGM][0-9]{10}$'),
    service_address     varchar(200),
    meter_number        varchar(32),
    tariff_category     varchar(16)
        check (tariff_category in ('RESIDENTIAL', 'COMMERCIAL', 'INDUSTRIAL', 'LARGE_INDUSTRY', 'AGRICULTURAL')),
    billing_cycle       varchar(16)  check (billing_cycle in ('MONTHLY', 'QUARTERLY', 'ANNUAL')),
    transit_card_number varchar(12)  check (transit_card_number ~ '^[0-9]{12}$'),
    status              varchar(8)   not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    opened_on           date         not null,
    closed_on           date,
    close_reason        varchar(200),
    version             bigint       not null default 0,
    -- Metered services need a service point, a meter, a tariff category and a billing cycle;
    -- a metro account is a transit card and nothing else.
    constraint service_account_shape check (
        (utility = 'METRO' and transit_card_number is not null and meter_number is null
            and tariff_category is null and billing_cycle is null)
        or (utility <> 'METRO' and transit_card_number is null and service_address is not null
            and meter_number is not null and tariff_category is not null and billing_cycle is not null)),
    constraint service_account_closing check ((status = 'CLOSED') = (closed_on is not null))
);

create index service_account_customer_idx on service_account (customer_id);
-- A meter or a transit card serves one open account at a time; closed accounts keep theirs.
create unique index service_account_open_meter_idx on service_account (utility, meter_number)
    where status = 'OPEN' and meter_number is not null;
create unique index service_account_open_card_idx on service_account (transit_card_number)
    where status = 'OPEN' and transit_card_number is not null;
create index service_account_card_idx on service_account (transit_card_number);

-- Every change to a customer or an account: who, when, which field, old and new value.
-- Identity and mobile numbers are recorded masked.
create table customer_change (
    id            bigint       generated by default as identity primary key,
    customer_id   bigint       not null references customer (id),
    account_id    bigint       references service_account (id),
    changed_at    timestamptz  not null,
    changed_by    varchar(64)  not null,
    field         varchar(64)  not null,
    old_value     varchar(400),
    new_value     varchar(400)
);

create index customer_change_customer_idx on customer_change (customer_id, changed_at desc);

-- Key accounts: one current manager, and every earlier one.
create table account_manager_assignment (
    id             bigint      generated by default as identity primary key,
    customer_id    bigint      not null references customer (id),
    manager_id     bigint      not null references user_account (id),
    assigned_from  timestamptz not null,
    assigned_until timestamptz,
    assigned_by    varchar(64) not null,
    check (assigned_until is null or assigned_until >= assigned_from)
);

create unique index account_manager_current_idx on account_manager_assignment (customer_id)
    where assigned_until is null;
create index account_manager_customer_idx on account_manager_assignment (customer_id, assigned_from desc);

-- Visits and calls with a customer.
create table customer_contact (
    id            bigint       generated by default as identity primary key,
    customer_id   bigint       not null references customer (id),
    kind          varchar(16)  not null check (kind in ('VISIT', 'CALL', 'MEETING', 'MESSAGE')),
    contacted_on  date         not null,
    summary       varchar(1000) not null,
    recorded_by   varchar(64)  not null,
    recorded_at   timestamptz  not null
);

create index customer_contact_customer_idx on customer_contact (customer_id, contacted_on desc, id desc);
