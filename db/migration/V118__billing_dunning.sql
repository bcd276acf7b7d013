-- The dunning chain (issue 11): written reminders (催款通知单), a suspension notice
-- (停电/停水通知), the legal-letter flag; each notice names the overdue bills it is about,
-- never a bill under re-check or complaint.
alter table arrears_notice
    drop constraint arrears_notice_kind_check,
    add constraint arrears_notice_kind_check check (kind in ('REMINDER', 'SUSPENSION', 'LEGAL_FLAG')),
    add column customer_id  bigint,
    add column bills        text[] not null default '{}',
    add column suspend_from date;
