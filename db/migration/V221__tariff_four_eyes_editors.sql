-- Four eyes on tariff versions (issue 13): the editors of a draft, none of whom publishes it.

alter table tariff_version
    add column edited_by varchar(64)[] not null default '{}',
    drop constraint tariff_version_four_eyes,
    add constraint tariff_version_four_eyes
        check (published_by is null or (published_by <> created_by and not (published_by = any (edited_by))));

create trigger tariff_version_editors
    before update on tariff_version
    for each row execute function four_eyes_editors_only_grow();

