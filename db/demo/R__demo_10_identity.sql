-- Demo organisation and sign-in accounts. Loaded only when demo data is on (see README).
-- Every demo account has the password Portal#2026.

insert into org_unit (code, kind, parent_id, name_zh, name_en)
values ('HQ', 'HEAD_OFFICE', null, '总部', 'Head office')
on conflict (code) do nothing;

insert into org_unit (code, kind, parent_id, name_zh, name_en)
select 'SC-EAST', 'SERVICE_CENTRE', id, '城东客户服务中心', 'East customer service centre'
from org_unit where code = 'HQ'
on conflict (code) do nothing;

insert into org_unit (code, kind, parent_id, name_zh, name_en)
select 'D-DONGCHENG', 'DISTRICT', id, '东城区供电营业所', 'Dongcheng district office'
from org_unit where code = 'SC-EAST'
on conflict (code) do nothing;

insert into org_unit (code, kind, parent_id, name_zh, name_en)
select 'C-DONGCHENG-1', 'COUNTER', id, '东城第一营业厅', 'Dongcheng service hall 1'
from org_unit where code = 'D-DONGCHENG'
on conflict (code) do nothing;

insert into user_account (username, password_hash, role, display_name, work_number, org_unit_id)
values
    ('counter1', '{bcrypt}$2a$10$OPw8IWK0p9cRqQgxC6EhUuESR75k6nGFNB2O4rn8ZQQTBi0YICT6C', 'COUNTER', '王芳', '10231',
     (select id from org_unit where code = 'C-DONGCHENG-1')),
    ('supervisor1', '{bcrypt}$2a$10$OPw8IWK0p9cRqQgxC6EhUuESR75k6nGFNB2O4rn8ZQQTBi0YICT6C', 'SUPERVISOR', '陈建国', '20017',
     (select id from org_unit where code = 'SC-EAST')),
    ('admin1', '{bcrypt}$2a$10$OPw8IWK0p9cRqQgxC6EhUuESR75k6nGFNB2O4rn8ZQQTBi0YICT6C', 'ADMIN', '刘洋', '90001',
     (select id from org_unit where code = 'HQ'))
on conflict (username) do nothing;

insert into user_account (username, password_hash, role, display_name)
values
    ('customer1', '{bcrypt}$2a$10$OPw8IWK0p9cRqQgxC6EhUuESR75k6nGFNB2O4rn8ZQQTBi0YICT6C', 'CUSTOMER', '张晓明'),
    ('customer2', '{bcrypt}$2a$10$OPw8IWK0p9cRqQgxC6EhUuESR75k6nGFNB2O4rn8ZQQTBi0YICT6C', 'CUSTOMER', '李娜')
on conflict (username) do nothing;

insert into user_account (username, password_hash, role, display_name, work_number, org_unit_id)
values ('counter2', '{bcrypt}$2a$10$OPw8IWK0p9cRqQgxC6EhUuESR75k6nGFNB2O4rn8ZQQTBi0YICT6C', 'COUNTER', '孙丽', '10232',
        (select id from org_unit where code = 'C-DONGCHENG-1'))
on conflict (username) do nothing;

-- Account-manager grades and the right to reveal masked personal data (counter2 has neither).
update user_account set manager_grade = 'LEVEL_1', may_reveal_personal_data = true where username = 'counter1';
update user_account set manager_grade = 'SENIOR', may_reveal_personal_data = true where username = 'supervisor1';
update user_account set manager_grade = null, may_reveal_personal_data = false where username = 'counter2';

-- A second price officer, so tariff versions can be written by one and published by another.
insert into user_account (username, password_hash, role, display_name, work_number, org_unit_id)
values ('admin2', '{bcrypt}$2a$10$OPw8IWK0p9cRqQgxC6EhUuESR75k6nGFNB2O4rn8ZQQTBi0YICT6C', 'ADMIN', '赵磊', '90002',
        (select id from org_unit where code = 'HQ'))
on conflict (username) do nothing;

-- The quality team (issue 13): return visits by phone are recorded by its members, never by the
-- case's owner or whoever resolved it. quality1 is its supervisor.
insert into org_unit (code, kind, parent_id, name_zh, name_en)
select 'QUALITY', 'SERVICE_CENTRE', id, '服务质量监督组', 'Service quality team'
from org_unit where code = 'HQ'
on conflict (code) do nothing;

insert into user_account (username, password_hash, role, display_name, work_number, org_unit_id)
values ('quality1', '{bcrypt}$2a$10$OPw8IWK0p9cRqQgxC6EhUuESR75k6nGFNB2O4rn8ZQQTBi0YICT6C', 'SUPERVISOR', '吴敏', '30001',
        (select id from org_unit where code = 'QUALITY'))
on conflict (username) do nothing;
