-- summary_records_v: one row per accepted record of a current (not superseded) file, with the
-- dimensions the summary tables group by (the base of every summary_*_v view).
-- Invariants: exactly the rows of records_v (same record_id, kind, source, period and
-- amount_owed_fen); amounts are integer fen; street_code/street_name come from the survey's
-- reporting street or the wage project's address (NULL for complaints, which carry none);
-- debtor_type is the survey's 欠款单位类型 or the complaint's 被投诉单位类型 (SME side only);
-- arrears_type only for surveys; channel only for complaints; amount_cleared_fen, undisputed_fen
-- and disputed_fen only for surveys; workers only for wage leads.
CREATE OR REPLACE VIEW summary_records_v AS
SELECT r.record_id, r.kind, r.source, r.period, r.case_id,
       r.debtor_entity_id, r.creditor_entity_id, r.employer_entity_id,
       r.street_code, coalesce(s.street_name, w.street_name) AS street_name,
       CASE WHEN r.kind = 'sme_arrears' THEN coalesce(s.debtor_type, c.respondent_type) END AS debtor_type,
       s.arrears_type, c.channel,
       r.amount_owed_fen, s.amount_cleared_fen, s.undisputed_fen, s.disputed_fen, w.workers
FROM records_v r
LEFT JOIN stg_survey s ON r.source = 'survey' AND s.record_id = r.record_id
LEFT JOIN stg_complaint c ON r.source = 'complaint' AND c.record_id = r.record_id
LEFT JOIN stg_wage_lead w ON r.source = 'wage_lead' AND w.record_id = r.record_id;
