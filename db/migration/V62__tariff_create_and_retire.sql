-- Going live (issue 10): administrators create tariffs and retire them.
-- A tariff's unit is what its prices are per (kWh for electricity, m³ for water and gas); a retired
-- tariff stays on record with its versions, prices nothing from its retirement day on, and gets no
-- new versions from that day.
alter table tariff
    add column unit       varchar(12),
    add column retired_on date,
    add column created_by varchar(64) not null default 'flyway',
    add column version    bigint      not null default 0;

update tariff set unit = case utility when 'ELECTRICITY' then 'KWH' else 'CUBIC_METRE' end;

alter table tariff
    alter column unit set not null,
    add constraint tariff_unit check (unit in ('KWH', 'CUBIC_METRE'));
