-- Demo complaints and service cases in every state, with the staff of the escalation tiers.
-- Loaded only with demo data. Each case gets the SLA policy the portal itself would give it
-- (SlaPolicyRepository.findCandidates: the nature's policies for its subject or any, its grade
-- band or any, the most specific first). The escalation scan recomputes every deadline on its
-- first run (next_check_at = now), so breached cases escalate and warn like real ones. The
-- first reply and resolution count for the owner who gave them (issue 14).

insert into user_account (username, password_hash, role, display_name, work_number, org_unit_id)
values ('supervisor2', '{bcrypt}$2a$10$OPw8IWK0p9cRqQgxC6EhUuESR75k6nGFNB2O4rn8ZQQTBi0YICT6C', 'SUPERVISOR', '赵志刚', '20018',
        (select id from org_unit where code = 'D-DONGCHENG')),
       ('leader1', '{bcrypt}$2a$10$OPw8IWK0p9cRqQgxC6EhUuESR75k6nGFNB2O4rn8ZQQTBi0YICT6C', 'SUPERVISOR', '周立新', '20001',
        (select id from org_unit where code = 'HQ'))
on conflict (username) do nothing;

insert into notification_email (user_id, email)
select id, username || '@example.invalid' from user_account
where username in ('counter1', 'counter2', 'supervisor1', 'supervisor2', 'leader1')
on conflict (user_id) do nothing;

insert into service_case (number, channel, nature, subject, utility, customer_id, account_id, contact_name,
                          contact_phone, occurred_at, place, summary, details, staff_work_number, severity, impact,
                          sensitive, amount, owner_id, owner_work_number, responsible_unit_id, status, tier,
                          tier_entered_at, policy_id, calendar_id, all_hours, first_reply_minutes, resolution_minutes,
                          return_visit_minutes, tier2_minutes, tier3_minutes, tier4_minutes, warning_percent,
                          first_reply_all_hours, registered_at, resolution_started_at, first_replied_at, resolved_at,
                          closed_at, final_reply, next_check_at, created_by, first_reply_charged_id,
                          first_reply_charged_unit_id, resolution_charged_id, resolution_charged_unit_id)
select v.number, v.channel, v.nature, v.subject, v.utility, c.id, a.id, v.contact_name, v.contact_phone,
       now() - v.age, '北京市东城区和平里街道', v.summary, v.details, v.staff_work_number, v.severity, v.impact,
       v.sensitive, v.amount, o.id, o.work_number, u.id, v.status, v.tier, now() - v.age,
       p.id, (select id from work_calendar where is_default), p.all_hours, p.first_reply_minutes, p.resolution_minutes,
       p.return_visit_minutes, p.tier2_minutes, p.tier3_minutes, p.tier4_minutes, p.warning_percent,
       p.first_reply_all_hours, now() - v.age, now() - v.age,
       case when v.status in ('IN_PROGRESS', 'WAITING_CUSTOMER', 'RESOLVED', 'CLOSED') then now() - v.age + interval '2 hours' end,
       case when v.status in ('RESOLVED', 'CLOSED') then now() - interval '1 day' end,
       case when v.status = 'CLOSED' then now() - interval '2 hours' end,
       case when v.status in ('RESOLVED', 'CLOSED') then '经核实，已为您更换故障电表并重新计算电量，多收部分将在下期抵扣。' end,
       now(), 'demo',
       case when v.status in ('IN_PROGRESS', 'WAITING_CUSTOMER', 'RESOLVED', 'CLOSED') then o.id end,
       case when v.status in ('IN_PROGRESS', 'WAITING_CUSTOMER', 'RESOLVED', 'CLOSED') then u.id end,
       case when v.status in ('RESOLVED', 'CLOSED') then o.id end,
       case when v.status in ('RESOLVED', 'CLOSED') then u.id end
from (values
    ('C9000000001', 'WEB', 'COMPLAINT', 'BILLING', 'ELECTRICITY', '110101199003071233', 'E1000000001', null, null,
     interval '3 hours', '本月电费比上月高出一倍', '家中无人居住半个月，电费反而翻倍，怀疑电表走快。', null, 1, 1, false, null,
     null, 'REGISTERED', 1),
    ('C9000000002', 'HOTLINE', 'COMPLAINT', 'SUPPLY_QUALITY', 'ELECTRICITY', '110101199003071233', 'E1000000001', null, null,
     interval '9 days', '频繁停电影响生活', '近一周每晚都停电两三次，冰箱食物变质。', null, 2, 2, false, null,
     'counter1', 'IN_PROGRESS', 1),
    ('C9000000003', 'COUNTER', 'SERVICE_REQUEST', 'WATER_PRESSURE', 'WATER', '310104198807150027', null, null, null,
     interval '2 days', '高层水压不足', '早晚高峰 6 楼以上基本没有水。', null, 2, 2, false, null,
     'counter1', 'WAITING_CUSTOMER', 1),
    ('C9000000004', 'COUNTER', 'COMPLAINT', 'STAFF', 'ELECTRICITY', '110101199003071233', 'E1000000001', null, null,
     interval '6 days', '抄表员态度恶劣', '抄表员上门时语气粗暴，拒绝出示工作证。', '10232', 2, 1, false, null,
     'counter1', 'RESOLVED', 1),
    ('C9000000005', 'GOV_12345', 'COMPLAINT', 'BILLING', 'GAS', '330106198208232932', null, null, null,
     interval '20 days', '燃气费多扣 12000 元', '商户燃气账户被重复扣费，金额 12000 元。', null, 3, 2, true, 12000.00,
     'supervisor1', 'CLOSED', 2),
    ('C9000000006', 'HOTLINE', 'ENQUIRY', 'POLICY', 'METRO', null, null, '匿名乘客', '13800001111',
     interval '1 hour', '末班车时间咨询', '想了解 5 号线周末末班车时间。', null, 1, 1, false, null,
     'counter1', 'REGISTERED', 1)
) as v(number, channel, nature, subject, utility, id_number, account_number, contact_name, contact_phone, age,
       summary, details, staff_work_number, severity, impact, sensitive, amount, owner, status, tier)
left join customer c on c.id_number = v.id_number
left join service_account a on a.account_number = v.account_number
left join user_account o on o.username = v.owner
join org_unit u on u.code = 'C-DONGCHENG-1'
join lateral (select * from sla_policy
              where nature = v.nature and (subject = v.subject or subject is null)
                and (grade_band is null or grade_band = case when v.severity * v.impact >= 6 then 'A'
                                                             when v.severity * v.impact >= 3 then 'B'
                                                             else 'C' end)
              order by (subject is null), (grade_band is null) limit 1) p on true
where not exists (select 1 from service_case s where s.number = v.number)
  and (v.id_number is null or c.id is not null);

insert into case_event (case_id, occurred_at, kind, actor, actor_name, actor_work_number, visible, detail, text)
select s.id, s.registered_at, 'REGISTERED', coalesce(o.username, 'customer1'), coalesce(o.display_name, '张晓明'),
       o.work_number, true, s.channel, null
from service_case s left join user_account o on o.id = s.owner_id
where s.number like 'C900000000%' and not exists (select 1 from case_event e where e.case_id = s.id);

insert into case_pause (case_id, paused_at)
select s.id, s.first_replied_at from service_case s
where s.number = 'C9000000003' and not exists (select 1 from case_pause p where p.case_id = s.id);

insert into case_escalation (case_id, round, tier, reason, escalated_at, escalated_by)
select s.id, 0, 2, 'SAME_DAY', s.registered_at, 'system' from service_case s
where s.number = 'C9000000005'
on conflict (case_id, round, tier) do nothing;

insert into return_visit (case_id, round, method, attitude, speed, result, overall, remark, visited_at, recorded_by,
                          charged_id, charged_unit_id)
select s.id, 0, 'PHONE', 5, 4, 5, 5, '退款已到账，满意。', s.closed_at, 'counter1', s.resolution_charged_id,
       s.resolution_charged_unit_id
from service_case s
where s.number = 'C9000000005'
on conflict (case_id, round) do nothing;
