-- Four eyes on metro fare versions (issue 13): drafts are never edited, but they share the mapping
-- (and so the editors column) of every published version.
alter table metro_fare_version
    add column edited_by varchar(64)[] not null default '{}',
    drop constraint metro_fare_version_four_eyes,
    add constraint metro_fare_version_four_eyes
        check (published_by is null or (published_by <> created_by and not (published_by = any (edited_by))));

create trigger metro_fare_version_editors
    before update on metro_fare_version
    for each row execute function four_eyes_editors_only_grow();

