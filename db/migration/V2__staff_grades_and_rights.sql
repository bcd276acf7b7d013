-- Staff who can serve as key-account managers carry a grade; the right to reveal masked
-- personal data is given per person, not per role.

alter table user_account
    add column manager_grade varchar(16)
        check (manager_grade in ('SENIOR', 'LEVEL_1', 'LEVEL_2', 'TRAINEE')),
    add column may_reveal_personal_data boolean not null default false,
    add constraint user_account_grade_for_staff check (manager_grade is null or role <> 'CUSTOMER'),
    add constraint user_account_reveal_for_staff check (not may_reveal_personal_data or role <> 'CUSTOMER');
