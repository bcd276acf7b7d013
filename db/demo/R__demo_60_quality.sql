-- Demo service quality (issue 14): a scored mystery call of counter1 with a corrective action,
-- and a 行风评议 campaign whose result is published on the public site. Loaded only with demo
-- data; idempotent.

insert into quality_inspection (kind, sampling, scorecard_id, inspected_id, unit_id, inspector_id, subject,
                                occurred_at, status, percent, findings, scored_at, created_at)
select 'CALL', 'RANDOM', s.id, c.id, c.org_unit_id, v.id, '暗访来电：咨询阶梯电价和峰谷电价如何申请',
       now() - interval '3 days', 'SCORED', 94.0, '客户未挂机时先挂断电话。', now() - interval '2 days',
       now() - interval '3 days'
from quality_scorecard s, user_account c, user_account v
where s.kind = 'CALL' and s.status = 'PUBLISHED' and c.username = 'counter1' and v.username = 'supervisor1'
  and not exists (select 1 from quality_inspection i where i.inspected_id = c.id and i.subject like '暗访来电：咨询阶梯电价%');

insert into quality_inspection_score (inspection_id, item_code, score)
select i.id, t.code, case when t.code = 'A3' then 0 else t.points end
from quality_inspection i
join quality_scorecard_item t on t.scorecard_id = i.scorecard_id
where i.subject like '暗访来电：咨询阶梯电价%'
on conflict do nothing;

insert into quality_action (inspection_id, unit_id, owner_id, title, finding, status, due_on, raised_by, raised_at)
select i.id, i.unit_id, i.inspected_id, '后挂机规范再培训', '客户未挂机时先挂断电话。', 'OPEN', current_date + 10, 'supervisor1',
       now() - interval '2 days'
from quality_inspection i
where i.subject like '暗访来电：咨询阶梯电价%'
  and not exists (select 1 from quality_action a where a.inspection_id = i.id);

insert into campaign (title_zh, title_en, summary_zh, summary_en, published_by, published_at, created_by, created_at)
select '供电服务行风评议（示例）', 'Public evaluation of electricity service (demo)',
       '收回问卷 4 份，总体满意率 75%；外部评议平均 90.5 分。主动服务和一次告知仍需加强，整改事项已全部落实。',
       '4 questionnaires returned, overall satisfaction 75%; external evaluators 90.5 on average. Proactive service and telling everything at once still need work; every rectification item is done.',
       'supervisor1', now() - interval '1 day', 'supervisor1', now() - interval '160 days'
where not exists (select 1 from campaign where title_zh = '供电服务行风评议（示例）');

insert into campaign_phase (campaign_id, phase, starts_on, ends_on)
select c.id, p.phase, current_date - p.from_days, current_date - p.to_days
from campaign c
join (values ('MOBILISATION', 150, 121), ('SELF_INSPECTION', 120, 91), ('EXTERNAL_EVALUATION', 90, 61),
             ('RECTIFICATION', 60, 31), ('SUMMARY', 30, 1)) as p(phase, from_days, to_days) on true
where c.title_zh = '供电服务行风评议（示例）'
on conflict do nothing;

insert into campaign_task (campaign_id, phase, title, done_at, done_by)
select c.id, t.phase, t.title, now() - t.done_days * interval '1 day', 'supervisor1'
from campaign c
join (values ('MOBILISATION', '召开动员会，公布评议方案和监督电话', 140),
             ('SELF_INSPECTION', '各营业厅对照服务规范自查', 100),
             ('EXTERNAL_EVALUATION', '邀请人大代表、政协委员和行风监督员评议', 70),
             ('RECTIFICATION', '落实评议意见整改', 40),
             ('SUMMARY', '公布评议结果，表彰先进', 2)) as t(phase, title, done_days) on true
where c.title_zh = '供电服务行风评议（示例）'
  and not exists (select 1 from campaign_task k where k.campaign_id = c.id);

insert into campaign_response (campaign_id, respondent, overall, image, language, proactive, accurate, skilled,
                               no_buck, recorded_by, recorded_at)
select c.id, r.respondent, r.overall, r.image, r.language, r.proactive, r.accurate, r.skilled, r.no_buck,
       'supervisor1', now() - interval '75 days'
from campaign c
join (values ('RESIDENT', 5, 5, 5, 4, 5, 5, 5), ('RESIDENT', 4, 5, 4, 3, 4, 4, 5),
             ('BUSINESS', 5, 4, 5, 5, 5, 4, 4), ('DEPUTY', 3, 4, 4, 2, 4, 4, 3))
    as r(respondent, overall, image, language, proactive, accurate, skilled, no_buck) on true
where c.title_zh = '供电服务行风评议（示例）'
  and not exists (select 1 from campaign_response x where x.campaign_id = c.id);

insert into campaign_evaluation (campaign_id, evaluator, organisation, score, remark, recorded_by, recorded_at)
select c.id, e.evaluator, e.organisation, e.score, e.remark, 'supervisor1', now() - interval '70 days'
from campaign c
join (values ('王建华', '区人大代表', 92.0, '营业厅服务规范，停电信息告知及时。'),
             ('刘敏', '行风监督员', 89.0, '电话回访要更主动。')) as e(evaluator, organisation, score, remark) on true
where c.title_zh = '供电服务行风评议（示例）'
  and not exists (select 1 from campaign_evaluation x where x.campaign_id = c.id);

insert into quality_action (campaign_id, unit_id, owner_id, title, finding, diagnosis, plan, evidence, status, due_on,
                            raised_by, raised_at, done_at)
select c.id, u.org_unit_id, u.id, '来电一次告知所需材料', '外部评议：办事需跑多次。', '话术中没有材料清单。',
       '把各业务的材料清单加入热线话术并培训。', '话术已更新，全员培训签到表已存档。', 'DONE', current_date - 35,
       'supervisor1', now() - interval '55 days', now() - interval '38 days'
from campaign c, user_account u
where c.title_zh = '供电服务行风评议（示例）' and u.username = 'counter1'
  and not exists (select 1 from quality_action a where a.campaign_id = c.id);
