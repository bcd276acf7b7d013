-- Demo customers across all four utilities, with key accounts and their managers.
-- Identity numbers and credit codes carry valid check characters. Loaded only with demo data.

insert into customer (name, kind, id_type, id_number, address, preferred_language, key_account, vulnerable,
                      green_channel, consent_purpose, consent_date, created_at, created_by)
values
    ('张晓明', 'RESIDENTIAL', 'RESIDENT_ID', '110101199003071233', '北京市东城区和平里街道 12 号院 3 号楼 402', 'zh-CN',
     false, false, false, '供用电、供水、供气服务及账单通知', '2024-03-01', '2024-03-01 09:12:00+08', 'counter1'),
    ('李娜', 'RESIDENTIAL', 'RESIDENT_ID', '310104198807150027', '北京市东城区安定门外大街 88 号 2 单元 601', 'en',
     false, false, false, '供用电、供水服务及账单通知', '2024-05-20', '2024-05-20 14:30:00+08', 'counter1'),
    ('王建华', 'RESIDENTIAL', 'RESIDENT_ID', '11010519750512301X', '北京市朝阳区望京西园 4 区 5 号楼 1203', 'zh-CN',
     false, false, false, '供用电、供气服务及账单通知', '2023-11-08', '2023-11-08 10:05:00+08', 'counter1'),
    ('赵敏', 'RESIDENTIAL', 'RESIDENT_ID', '440304196209302044', '北京市东城区东四北大街 107 号', 'zh-CN',
     false, true, false, '供用电、供水服务、困难客户帮扶及账单通知', '2022-07-15', '2022-07-15 11:40:00+08', 'counter1'),
    ('刘德明', 'RURAL', 'RESIDENT_ID', '41272819580101031X', '北京市顺义区北小营镇前鲁各庄村 56 号', 'zh-CN',
     false, false, false, '农业生产用电服务及账单通知', '2021-04-02', '2021-04-02 08:55:00+08', 'counter1'),
    ('陈晓明', 'RESIDENTIAL', 'RESIDENT_ID', '320102199502184510', '北京市西城区月坛北街 9 号 1 门 302', 'zh-CN',
     false, false, false, '供用电服务及账单通知', '2025-01-10', '2025-01-10 16:20:00+08', 'counter1'),
    ('张伟', 'RESIDENTIAL', 'RESIDENT_ID', '510107200106111574', '北京市海淀区学院路 30 号', 'zh-CN',
     false, false, false, '地铁乘车及交通卡服务', '2025-09-01', '2025-09-01 12:00:00+08', 'counter1'),
    ('周杰', 'COMMERCIAL', 'RESIDENT_ID', '330106198208232932', '北京市东城区鼓楼东大街 201 号（周记面馆）', 'zh-CN',
     false, false, false, '经营用电、用水、用气服务及账单通知', '2024-08-18', '2024-08-18 09:45:00+08', 'counter1'),
    ('吴桂兰', 'RESIDENTIAL', 'RESIDENT_ID', '110102194511030626', '北京市西城区新街口外大街 3 号 5 门 101', 'zh-CN',
     false, true, true, '供用电、供水服务、上门服务及账单通知', '2020-12-01', '2020-12-01 10:10:00+08', 'counter1'),
    ('北京新达科技有限公司', 'COMMERCIAL', 'CREDIT_CODE', '91110101MA01ABCD19', '北京市东城区东直门南大街 11 号 8 层',
     'zh-CN', true, false, true, '企业用电、用水服务、账单及客户经理联系', '2023-02-14', '2023-02-14 15:00:00+08', 'counter1'),
    ('北京东城热力供应有限公司', 'LARGE_INDUSTRY', 'CREDIT_CODE', '911101016000123451', '北京市东城区左安门内大街 2 号',
     'zh-CN', true, false, true, '大工业用电、用气服务、账单及客户经理联系', '2019-06-30', '2019-06-30 09:00:00+08', 'counter1'),
    ('鼓楼便利店', 'COMMERCIAL', 'CREDIT_CODE', '92110105MA00XYW12B', '北京市东城区鼓楼西大街 45 号', 'zh-CN',
     false, false, false, '经营用电服务及账单通知', '2025-03-03', '2025-03-03 13:15:00+08', 'counter1')
on conflict (id_number) do nothing;

insert into customer_mobile (customer_id, position, number)
select c.id, m.position, m.number
from (values ('110101199003071233', 0, '13812345678'), ('110101199003071233', 1, '13900001111'),
             ('310104198807150027', 0, '13522223333'), ('11010519750512301X', 0, '18611112222'),
             ('440304196209302044', 0, '13700004444'), ('41272819580101031X', 0, '15933335555'),
             ('320102199502184510', 0, '17766667777'), ('510107200106111574', 0, '19988889999'),
             ('330106198208232932', 0, '13655556666'), ('110102194511030626', 0, '13011112222'),
             ('91110101MA01ABCD19', 0, '18800001234'), ('911101016000123451', 0, '13366668888'),
             ('92110105MA00XYW12B', 0, '15011223344')) as m(id_number, position, number)
         join customer c on c.id_number = m.id_number
on conflict (customer_id, position) do nothing;

insert into service_account (customer_id, utility, account_number, service_address, meter_number, tariff_category,
                             billing_cycle, transit_card_number, opened_on)
select c.id, a.utility, a.account_number, a.service_address, a.meter_number, a.tariff_category, a.billing_cycle,
       a.transit_card_number, a.opened_on::date
from (values
    ('110101199003071233', 'ELECTRICITY', 'E1000000001', '北京市东城区和平里街道 12 号院 3 号楼 402', 'DB2024030101', 'RESIDENTIAL', 'MONTHLY', null, '2024-03-01'),
    ('110101199003071233', 'WATER', 'W1000000001', '北京市东城区和平里街道 12 号院 3 号楼 402', 'SB2024030101', 'RESIDENTIAL', 'QUARTERLY', null, '2024-03-01'),
    ('110101199003071233', 'GAS', 'G1000000001', '北京市东城区和平里街道 12 号院 3 号楼 402', 'QB2024030101', 'RESIDENTIAL', 'MONTHLY', null, '2024-03-01'),
    ('110101199003071233', 'METRO', 'M1000000001', null, null, null, null, '310012345678', '2024-03-01'),
    ('310104198807150027', 'ELECTRICITY', 'E1000000002', '北京市东城区安定门外大街 88 号 2 单元 601', 'DB2024052001', 'RESIDENTIAL', 'MONTHLY', null, '2024-05-20'),
    ('310104198807150027', 'WATER', 'W1000000002', '北京市东城区安定门外大街 88 号 2 单元 601', 'SB2024052001', 'RESIDENTIAL', 'QUARTERLY', null, '2024-05-20'),
    ('11010519750512301X', 'ELECTRICITY', 'E1000000003', '北京市朝阳区望京西园 4 区 5 号楼 1203', 'DB2023110801', 'RESIDENTIAL', 'MONTHLY', null, '2023-11-08'),
    ('11010519750512301X', 'GAS', 'G1000000003', '北京市朝阳区望京西园 4 区 5 号楼 1203', 'QB2023110801', 'RESIDENTIAL', 'MONTHLY', null, '2023-11-08'),
    ('440304196209302044', 'ELECTRICITY', 'E1000000004', '北京市东城区东四北大街 107 号', 'DB2022071501', 'RESIDENTIAL', 'MONTHLY', null, '2022-07-15'),
    ('440304196209302044', 'WATER', 'W1000000004', '北京市东城区东四北大街 107 号', 'SB2022071501', 'RESIDENTIAL', 'ANNUAL', null, '2022-07-15'),
    ('41272819580101031X', 'ELECTRICITY', 'E1000000005', '北京市顺义区北小营镇前鲁各庄村 56 号', 'DB2021040201', 'AGRICULTURAL', 'QUARTERLY', null, '2021-04-02'),
    ('320102199502184510', 'ELECTRICITY', 'E1000000006', '北京市西城区月坛北街 9 号 1 门 302', 'DB2025011001', 'RESIDENTIAL', 'MONTHLY', null, '2025-01-10'),
    ('510107200106111574', 'METRO', 'M1000000007', null, null, null, null, '310087654321', '2025-09-01'),
    ('330106198208232932', 'ELECTRICITY', 'E1000000008', '北京市东城区鼓楼东大街 201 号', 'DB2024081801', 'COMMERCIAL', 'MONTHLY', null, '2024-08-18'),
    ('330106198208232932', 'WATER', 'W1000000008', '北京市东城区鼓楼东大街 201 号', 'SB2024081801', 'COMMERCIAL', 'MONTHLY', null, '2024-08-18'),
    ('330106198208232932', 'GAS', 'G1000000008', '北京市东城区鼓楼东大街 201 号', 'QB2024081801', 'COMMERCIAL', 'MONTHLY', null, '2024-08-18'),
    ('110102194511030626', 'ELECTRICITY', 'E1000000009', '北京市西城区新街口外大街 3 号 5 门 101', 'DB2020120101', 'RESIDENTIAL', 'MONTHLY', null, '2020-12-01'),
    ('110102194511030626', 'WATER', 'W1000000009', '北京市西城区新街口外大街 3 号 5 门 101', 'SB2020120101', 'RESIDENTIAL', 'QUARTERLY', null, '2020-12-01'),
    ('91110101MA01ABCD19', 'ELECTRICITY', 'E1000000010', '北京市东城区东直门南大街 11 号 8 层', 'DB2023021401', 'COMMERCIAL', 'MONTHLY', null, '2023-02-14'),
    ('91110101MA01ABCD19', 'WATER', 'W1000000010', '北京市东城区东直门南大街 11 号 8 层', 'SB2023021401', 'COMMERCIAL', 'MONTHLY', null, '2023-02-14'),
    ('911101016000123451', 'ELECTRICITY', 'E1000000011', '北京市东城区左安门内大街 2 号', 'DB2019063001', 'LARGE_INDUSTRY', 'MONTHLY', null, '2019-06-30'),
    ('911101016000123451', 'GAS', 'G1000000011', '北京市东城区左安门内大街 2 号', 'QB2019063001', 'INDUSTRIAL', 'MONTHLY', null, '2019-06-30'),
    ('92110105MA00XYW12B', 'ELECTRICITY', 'E1000000012', '北京市东城区鼓楼西大街 45 号', 'DB2025030301', 'COMMERCIAL', 'MONTHLY', null, '2025-03-03')
) as a(id_number, utility, account_number, service_address, meter_number, tariff_category, billing_cycle,
       transit_card_number, opened_on)
         join customer c on c.id_number = a.id_number
on conflict (account_number) do nothing;

-- Issue 12: 陈晓明's electricity has a time-of-use meter (peak and valley registers) on the stepped
-- time-of-use residential tariff; the heating company pays the two-part large-industry tariff on
-- 400 kVA of contracted capacity and is assessed against the 0.90 power-factor standard.
update service_account set time_of_use = true
where account_number = 'E1000000006' and not time_of_use;
update service_account set time_of_use = true, contracted_kva = 400, basic_charge_basis = 'CAPACITY',
                           power_factor_standard = 0.90
where account_number = 'E1000000011' and basic_charge_basis is null;

-- A closed account, kept on record: 李娜's earlier gas supply.
insert into service_account (customer_id, utility, account_number, service_address, meter_number, tariff_category,
                             billing_cycle, status, opened_on, closed_on, close_reason)
select id, 'GAS', 'G1000000002', '北京市东城区安定门外大街 88 号 2 单元 601', 'QB2024052001', 'RESIDENTIAL', 'MONTHLY',
       'CLOSED', '2024-05-20', '2025-06-30', '改用电炊具，申请销户'
from customer where id_number = '310104198807150027'
on conflict (account_number) do nothing;

update user_account set customer_id = (select id from customer where id_number = '110101199003071233')
where username = 'customer1';
update user_account set customer_id = (select id from customer where id_number = '310104198807150027')
where username = 'customer2';

-- Key accounts: the heating company changed managers once; the history is kept.
insert into account_manager_assignment (customer_id, manager_id, assigned_from, assigned_until, assigned_by)
select c.id, u.id, a.assigned_from::timestamptz, a.assigned_until::timestamptz, 'supervisor1'
from (values ('911101016000123451', 'counter1', '2019-07-01 09:00:00+08', '2024-01-02 09:00:00+08'),
             ('911101016000123451', 'supervisor1', '2024-01-02 09:00:00+08', null),
             ('91110101MA01ABCD19', 'counter1', '2023-02-15 10:00:00+08', null)) as a(id_number, username, assigned_from, assigned_until)
         join customer c on c.id_number = a.id_number
         join user_account u on u.username = a.username
where not exists (select 1 from account_manager_assignment x where x.customer_id = c.id);

insert into customer_contact (customer_id, kind, contacted_on, summary, recorded_by, recorded_at)
select c.id, k.kind, k.contacted_on::date, k.summary, k.recorded_by, k.recorded_at::timestamptz
from (values ('911101016000123451', 'VISIT', '2025-10-15', '走访供热站，核对冬季负荷计划，客户希望提前获知计划停电安排。', 'supervisor1', '2025-10-15 17:00:00+08'),
             ('911101016000123451', 'CALL', '2025-11-03', '电话告知 11 月 20 日线路检修停电时间，客户已安排备用电源。', 'supervisor1', '2025-11-03 10:30:00+08'),
             ('91110101MA01ABCD19', 'MEETING', '2025-09-08', '与行政负责人会面，介绍峰谷电价和用电分析报告。', 'counter1', '2025-09-08 15:00:00+08')) as k(id_number, kind, contacted_on, summary, recorded_by, recorded_at)
         join customer c on c.id_number = k.id_number
where not exists (select 1 from customer_contact x where x.customer_id = c.id and x.contacted_on = k.contacted_on::date);

insert into customer_change (customer_id, changed_at, changed_by, field, old_value, new_value)
select c.id, c.created_at, c.created_by, 'created', null, 'OPENED'
from customer c
where c.id_number in ('110101199003071233', '310104198807150027', '11010519750512301X', '440304196209302044',
                      '41272819580101031X', '320102199502184510', '510107200106111574', '330106198208232932',
                      '110102194511030626', '91110101MA01ABCD19', '911101016000123451', '92110105MA00XYW12B')
  and not exists (select 1 from customer_change x where x.customer_id = c.id and x.field = 'created');
