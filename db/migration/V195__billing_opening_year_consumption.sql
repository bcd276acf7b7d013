-- Going live (issue 10): what an account on an annual step allowance (Beijing's 2,880 / 4,800 kWh,
-- Shanghai's 3,120 / 4,800 kWh) had already used of its calendar year in the legacy system, up to
-- the day the portal's first period starts from. Billing counts it toward the steps of that year
-- only, on the account's first bill (later bills carry the year's total on from there). One per
-- account: importing the same file again adds nothing.
create table opening_year_consumption (
    account_id    bigint         primary key references service_account (id),
    counted_until date           not null,
    quantity      numeric(14, 3) not null check (quantity >= 0),
    recorded_by   varchar(64)    not null,
    recorded_at   timestamptz    not null
);
