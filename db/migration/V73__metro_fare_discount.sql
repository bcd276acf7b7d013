-- Issue 12. Discounts by monthly spending on one card, part of a fare version: a ride taken
-- after the card has spent at least from_spent in the calendar month costs rate × its fare by
-- distance (the highest threshold reached applies; the ride that crosses a threshold is still
-- charged at the old rate). Beijing (京发改〔2014〕2712号, the document of the distance fares):
-- after ¥100 80%, after ¥150 50%, from ¥400 full price again.

create table metro_fare_discount (
    fare_version_id bigint        not null references metro_fare_version (id) on delete cascade,
    position        int           not null check (position > 0),
    from_spent      numeric(8, 2) not null check (from_spent > 0),
    rate            numeric(4, 3) not null check (rate > 0 and rate <= 1),
    primary key (fare_version_id, position)
);

-- The same document set the distance fares and the discounts; its version was published
-- before this table existed, so its rows are written before the trigger below guards them.
insert into metro_fare_discount (fare_version_id, position, from_spent, rate)
select v.id, d.position, d.from_spent, d.rate
from metro_fare_version v,
     (values (1, 100.00, 0.800), (2, 150.00, 0.500), (3, 400.00, 1.000)) as d(position, from_spent, rate)
where v.effective_from = '2014-12-28' and v.document_number = '京发改〔2014〕2712号';

-- The discounts of a published version never change (V31's function checks fare_version_id).
create trigger metro_fare_discount_final
    before insert or update or delete on metro_fare_discount
    for each row execute function metro_fare_band_of_published_is_final();

-- A trip keeps how its fare came about: the fare by distance, what the card had spent in the
-- month before it, and the rate; fare stays what was charged. Trips recorded before this
-- migration were charged their fare by distance (rate 1).
alter table metro_trip
    add column distance_fare      numeric(8, 2),
    add column month_spent_before numeric(10, 2),
    add column discount_rate      numeric(4, 3);

update metro_trip t
set distance_fare = t.fare,
    discount_rate = 1,
    month_spent_before = coalesce((select sum(p.fare) from metro_trip p
                                   where p.account_id = t.account_id
                                     and date_trunc('month', p.entry_at at time zone 'Asia/Shanghai')
                                         = date_trunc('month', t.entry_at at time zone 'Asia/Shanghai')
                                     and (p.entry_at, p.id) < (t.entry_at, t.id)), 0);

alter table metro_trip
    alter column distance_fare set not null,
    alter column month_spent_before set not null,
    alter column discount_rate set not null,
    add constraint metro_trip_discount check (discount_rate > 0 and discount_rate <= 1 and month_spent_before >= 0
        and distance_fare >= 0);

-- The month's spending before a ride is a sum over the card's trips of that month.
-- (metro_trip_account_idx on (account_id, entry_at) serves it.)
