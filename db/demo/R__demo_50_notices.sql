-- Demo notices, timed from the moment the demo data is loaded (Beijing time): a planned power
-- outage on 张晓明's street (customer1, 东城区和平里街道), a water interruption in 西城区, gas
-- works in 朝阳区望京, a metro last-train change on Line 1 and the Batong line, a slowdown on
-- Line 2, and a draft not yet published. Loaded only with demo data; each notice once.

with local_day as (
    select date_trunc('day', now() at time zone 'Asia/Shanghai') as today
),
demo (utility, kind, title_zh, title_en, body_zh, body_en, metro_lines, starts_local, ends_local, status) as (
    select * from (values
    ('ELECTRICITY', 'PLANNED_OUTAGE', '东城区和平里街道计划停电',
     'Planned power outage in Hepingli, Dongcheng',
     '因 10 千伏线路检修，和平里街道部分小区将暂停供电。请提前做好准备，停电期间请勿触碰电力设施。抢修电话 95598。',
     'Because of maintenance on the 10 kV line, parts of Hepingli will be without power. Please prepare in advance and keep away from electrical equipment. Faults: call 95598.',
     null, interval '2 days 8 hours', interval '2 days 18 hours', 'PUBLISHED'),
    ('WATER', 'WATER_INTERRUPTION', '西城区新街口外大街停水通知',
     'Water interruption on Xinjiekouwai Street, Xicheng',
     '因供水管道改造，新街口外大街沿线暂停供水，恢复供水初期水质可能浑浊，请放水片刻后使用。',
     'Because of pipe replacement, water supply along Xinjiekouwai Street is interrupted. When it returns the water may be cloudy at first: let it run for a moment before use.',
     null, interval '-3 hours', interval '1 day 20 hours', 'PUBLISHED'),
    ('GAS', 'GAS_WORKS', '朝阳区望京西园燃气管道施工',
     'Gas pipe works in Wangjing Xiyuan, Chaoyang',
     '更换老旧燃气管道，施工期间部分时段降压供气。闻到燃气味请立即开窗并拨打燃气抢修电话。',
     'Old gas pipes are being replaced; the gas pressure may be lower at times. If you smell gas, open the windows and call the gas emergency line at once.',
     null, interval '5 days 9 hours', interval '12 days 17 hours', 'PUBLISHED'),
    ('METRO', 'METRO_SERVICE_CHANGE', '1号线、八通线末班车延长',
     'Later last trains on Line 1 and the Batong line',
     '周五、周六末班车延后 30 分钟：古城站、环球度假区站末班车 23:30 发车。',
     'On Fridays and Saturdays the last trains leave 30 minutes later: from Gucheng and Universal Resort at 23:30.',
     '1号线 八通线 全线', interval '3 days', interval '33 days', 'PUBLISHED'),
    ('METRO', 'METRO_DISRUPTION', '2号线积水潭站至西直门站限速运行',
     'Line 2 slower between Jishuitan and Xizhimen',
     '因轨道维护，积水潭站至西直门站区间限速运行，列车间隔延长至约 5 分钟，请预留出行时间。',
     'Because of track maintenance, trains run slower between Jishuitan and Xizhimen, about every 5 minutes. Please allow extra time.',
     '2号线 积水潭站至西直门站', interval '-1 hour', interval '3 days', 'PUBLISHED'),
    ('ELECTRICITY', 'PLANNED_OUTAGE', '东城区安定门外大街计划停电（草稿）',
     'Planned power outage on Andingmenwai Street (draft)',
     '变压器更换，具体时间待供电所确认。',
     'Transformer replacement; the times are to be confirmed by the supply station.',
     null, interval '9 days 8 hours', interval '9 days 12 hours', 'DRAFT')
    ) as v
)
insert into notice (utility, kind, title_zh, title_en, body_zh, body_en, metro_lines, starts_at, ends_at, status,
                    written_by, written_at, published_by, published_at)
select d.utility, d.kind, d.title_zh, d.title_en, d.body_zh, d.body_en, d.metro_lines,
       (l.today + d.starts_local) at time zone 'Asia/Shanghai', (l.today + d.ends_local) at time zone 'Asia/Shanghai',
       d.status, 'admin2', now() - interval '1 day',
       case when d.status = 'PUBLISHED' then 'admin1' end, case when d.status = 'PUBLISHED' then now() - interval '20 hours' end
from demo d cross join local_day l
where not exists (select 1 from notice n where n.title_zh = d.title_zh);

insert into notice_area (notice_id, position, district, locality, address_prefix)
select n.id, 0, a.district, a.locality, portal_address_key('北京市' || a.district || coalesce(a.locality, ''))
from (values ('东城区和平里街道计划停电', '东城区', '和平里街道'),
             ('西城区新街口外大街停水通知', '西城区', '新街口外大街'),
             ('朝阳区望京西园燃气管道施工', '朝阳区', '望京西园'),
             ('东城区安定门外大街计划停电（草稿）', '东城区', '安定门外大街')) as a(title_zh, district, locality)
         join notice n on n.title_zh = a.title_zh
on conflict (notice_id, position) do nothing;
