-- Going live (issue 10): what an account owed (arrears carried over) or held as credit in the
-- legacy system on the day the portal took over, as its own ledger entry beside bills, payments
-- and adjustments. One per account: importing the same file again adds nothing.
create table opening_balance (
    account_id  bigint         primary key references service_account (id),
    amount      numeric(12, 2) not null check (amount <> 0),
    since       date           not null,
    reason      varchar(200)   not null,
    recorded_by varchar(64)    not null,
    recorded_at timestamptz    not null
);
