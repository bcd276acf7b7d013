-- Going live (issue 10): an account imported from the legacy billing system keeps the number the
-- legacy system gave it, so the customer finds it with the number on their old bills and
-- importing the same file again adds nothing twice.
alter table service_account
    add column legacy_number varchar(32) check (legacy_number is null or length(trim(legacy_number)) > 0);

create unique index service_account_legacy_idx on service_account (utility, legacy_number)
    where legacy_number is not null;
create index service_account_legacy_number_idx on service_account (legacy_number)
    where legacy_number is not null;
