/** SME-arrears records with their parties' entities: surveys, SME complaints and work orders read as such. */
export const SME_RECORDS_SQL = `
SELECT s.record_id, 'survey' AS source, s.period, f.status = 'loaded' AS current, d.entity_id AS debtor, c.entity_id AS creditor,
       s.project_name AS project, s.amount_owed_fen AS amount
FROM stg_survey s JOIN files f USING (file_id)
JOIN entity_members d ON d.mention_key = s.debtor_name || '|' || coalesce(s.debtor_uscc, '')
JOIN entity_members c ON c.mention_key = s.creditor_name || '|' || coalesce(s.creditor_uscc, '')
UNION ALL
SELECT s.record_id, 'complaint', s.period, f.status = 'loaded', d.entity_id, c.entity_id, NULL, s.amount_claimed_fen
FROM stg_complaint s JOIN files f USING (file_id)
JOIN entity_members d ON d.mention_key = s.respondent_name || '|' || coalesce(s.respondent_uscc, '')
JOIN entity_members c ON c.mention_key = s.complainant_name || '|' || coalesce(s.complainant_uscc, '')
WHERE s.kind = 'sme_arrears' AND s.complainant_is_enterprise
UNION ALL
SELECT w.record_id, 'complaint', w.period, true, d.entity_id, c.entity_id, w.project_name, w.amount_owed_fen
FROM work_orders_v w
JOIN entity_members d ON d.mention_key = w.debtor_name || '|'
JOIN entity_members c ON c.mention_key = w.creditor_name || '|'
WHERE w.kind = 'sme_arrears'
ORDER BY debtor, creditor, record_id`;

/** Wage records with their employer's entity: wage leads and wage complaints. */
export const WAGE_RECORDS_SQL = `
SELECT s.record_id, 'wage_lead' AS source, s.period, f.status = 'loaded' AS current, e.entity_id AS employer,
       s.project_name AS project, s.amount_owed_fen AS amount
FROM stg_wage_lead s JOIN files f USING (file_id)
JOIN entity_members e ON e.mention_key = s.employer_name || '|' || coalesce(s.employer_uscc, '')
UNION ALL
SELECT s.record_id, 'complaint', s.period, f.status = 'loaded', e.entity_id, NULL, s.amount_claimed_fen
FROM stg_complaint s JOIN files f USING (file_id)
JOIN entity_members e ON e.mention_key = s.respondent_name || '|' || coalesce(s.respondent_uscc, '')
WHERE s.kind = 'wage_arrears'
UNION ALL
SELECT w.record_id, 'complaint', w.period, true, e.entity_id, w.project_name, w.amount_owed_fen
FROM work_orders_v w JOIN entity_members e ON e.mention_key = w.employer_name || '|'
WHERE w.kind = 'wage_arrears'
ORDER BY employer, record_id`;

/**
 * Case facts from their current records: observations per sweep (the largest report when several
 * streets report one matter), then the cases' amounts, parties, periods and counts.
 */
export const CASE_FACTS_SQL = `
DELETE FROM case_observations;
INSERT INTO case_observations
SELECT cr.case_id, s.period, max(s.amount_owed_fen), max(s.undisputed_fen), max(s.disputed_fen), max(s.amount_cleared_fen), count(*)
FROM case_records cr JOIN stg_survey s USING (record_id) JOIN files f USING (file_id)
WHERE f.status = 'loaded' AND s.period IS NOT NULL
GROUP BY cr.case_id, s.period;

CREATE OR REPLACE TEMP TABLE __tmp_case_facts AS
WITH recs AS (
  SELECT cr.case_id, r.record_id, r.source, r.period, r.amount_owed_fen, r.debtor_entity_id, r.creditor_entity_id, r.employer_entity_id
  FROM case_records cr JOIN records_v r USING (record_id)
), latest AS (
  SELECT o.* FROM case_observations o
  QUALIFY row_number() OVER (PARTITION BY case_id ORDER BY period DESC) = 1
), wage AS (
  SELECT cr.case_id, max(w.workers) AS workers,
         count(DISTINCT coalesce(w.reporter_id_number, w.reporter_name || coalesce(w.reporter_phone, ''))) AS reporters
  FROM case_records cr JOIN stg_wage_lead w USING (record_id) JOIN files f USING (file_id) WHERE f.status = 'loaded'
  GROUP BY cr.case_id
)
SELECT r.case_id, count(*)::INTEGER AS record_count, min(r.period) AS first_period, max(r.period) AS last_period,
       any_value(r.debtor_entity_id) AS debtor, any_value(r.creditor_entity_id) AS creditor, any_value(r.employer_entity_id) AS employer,
       coalesce(any_value(l.amount_owed_fen), max(r.amount_owed_fen)) AS owed, any_value(l.amount_cleared_fen) AS cleared,
       any_value(l.undisputed_fen) AS undisputed, any_value(l.disputed_fen) AS disputed,
       any_value(w.workers) AS workers, any_value(w.reporters) AS reporters
FROM recs r LEFT JOIN latest l USING (case_id) LEFT JOIN wage w USING (case_id)
GROUP BY r.case_id;

UPDATE cases SET record_count = t.record_count, first_period = t.first_period, last_period = t.last_period,
  debtor_entity_id = t.debtor, creditor_entity_id = t.creditor, employer_entity_id = t.employer,
  amount_owed_fen = t.owed, amount_cleared_fen = t.cleared, undisputed_fen = t.undisputed, disputed_fen = t.disputed,
  workers = t.workers, reporters = t.reporters
FROM __tmp_case_facts t WHERE cases.case_id = t.case_id;

UPDATE cases SET record_count = 0 WHERE case_id NOT IN (SELECT case_id FROM __tmp_case_facts) AND status <> 'merged';

UPDATE cases SET status = CASE ch.change WHEN 'cleared' THEN 'cleared' WHEN 'disappeared' THEN 'disappeared' ELSE 'open' END
FROM (SELECT case_id, change FROM case_changes_v QUALIFY row_number() OVER (PARTITION BY case_id ORDER BY period DESC) = 1) ch
WHERE cases.case_id = ch.case_id AND cases.status <> 'merged';
DROP TABLE __tmp_case_facts;`;
