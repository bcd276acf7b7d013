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

-- Rows written without a unit (the demo data, older scripts) get their utility's unit.
create function tariff_default_unit() returns trigger
    language plpgsql
as
$$
begin
    if new.unit is null then
        new.unit := case new.utility when 'ELECTRICITY' then 'KWH' else 'CUBIC_METRE' end;
    end if;
    return new;
end;
$$;

create trigger tariff_unit_default before insert on tariff for each row execute function tariff_default_unit();
