/** A mention key: the name as stored and its USCC; no key for a blank name. */
const key = (name: string, uscc: string) => `CASE WHEN trim(coalesce(${name}, '')) = '' THEN NULL ELSE ${name} || '|' || coalesce(${uscc}, '') END`;

/**
 * Every record resolve reads, as it reads it, into __tmp_records: surveys and structured
 * complaints of any file (a corrected resubmission must find its case), wage leads, and work
 * orders read as arrears while their file is current (corrections applied). `sig` hashes what
 * clustering reads; the texts ride along for the records read for the first time.
 */
export const CURRENT_RECORDS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_records AS
WITH r AS (
  SELECT s.record_id, 'sme_arrears' AS kind, 'survey' AS source, s.period, f.status = 'loaded' AS is_current,
         ${key('s.debtor_name', 's.debtor_uscc')} AS debtor_key, ${key('s.creditor_name', 's.creditor_uscc')} AS creditor_key,
         NULL::VARCHAR AS employer_key, NULL::VARCHAR AS developer_key, NULL::VARCHAR AS contractor_key, NULL::VARCHAR AS subcontractor_key,
         s.debtor_type AS type_hint, s.street_code, s.project_name AS project, s.amount_owed_fen AS amount_fen,
         NULL::VARCHAR AS address, NULL::VARCHAR AS text
  FROM stg_survey s JOIN files f USING (file_id)
  UNION ALL
  SELECT s.record_id, s.kind, 'complaint', s.period, f.status = 'loaded',
         CASE WHEN s.kind = 'sme_arrears' THEN ${key('s.respondent_name', 's.respondent_uscc')} END,
         CASE WHEN s.complainant_is_enterprise THEN ${key('s.complainant_name', 's.complainant_uscc')} END,
         CASE WHEN s.kind = 'wage_arrears' THEN ${key('s.respondent_name', 's.respondent_uscc')} END,
         NULL, NULL, NULL, s.respondent_type, NULL, NULL, s.amount_claimed_fen, NULL, s.content
  FROM stg_complaint s JOIN files f USING (file_id)
  UNION ALL
  SELECT s.record_id, 'wage_arrears', 'wage_lead', s.period, f.status = 'loaded',
         NULL, NULL, ${key('s.employer_name', 's.employer_uscc')},
         ${key('s.developer_name', 'NULL')}, ${key('s.general_contractor_name', 'NULL')}, ${key('s.subcontractor_name', 'NULL')},
         NULL, s.street_code, s.project_name, s.amount_owed_fen, s.project_address, s.arrears_period
  FROM stg_wage_lead s JOIN files f USING (file_id)
  UNION ALL
  SELECT w.record_id, w.kind, 'complaint', w.period, true,
         CASE WHEN w.kind = 'sme_arrears' THEN ${key('w.debtor_name', 'NULL')} END,
         CASE WHEN w.kind = 'sme_arrears' THEN ${key('w.creditor_name', 'NULL')} END,
         CASE WHEN w.kind = 'wage_arrears' THEN ${key('w.employer_name', 'NULL')} END,
         NULL, NULL, NULL, NULL, w.street_code, w.project_name, w.amount_owed_fen, NULL, w.content
  FROM work_orders_v w WHERE w.kind IN ('sme_arrears', 'wage_arrears')
)
SELECT *, hash(kind, source, period, is_current, debtor_key, creditor_key, employer_key, developer_key, contractor_key,
               subcontractor_key, type_hint, street_code, project, amount_fen, address) AS sig
FROM r`;

/** How the records differ from what resolve stored: new, changed (sig differs), and gone. */
export const RECORD_CHANGES_SQL = `
SELECT count(*) AS records, count(*) FILTER (WHERE p.record_id IS NULL OR p.sig <> t.sig) AS changed,
       (SELECT count(*) FROM int_resolve_records) - count(p.record_id) AS removed
FROM __tmp_records t LEFT JOIN int_resolve_records p USING (record_id)`;

/** The texts of new and changed records: a complaint's project and months, a lead's address and months. */
export const TEXTS_TO_READ_SQL = `
SELECT t.record_id, t.kind, t.source, t.address, t.text FROM __tmp_records t LEFT JOIN int_resolve_records p USING (record_id)
WHERE (p.record_id IS NULL OR p.sig <> t.sig) AND (t.source = 'wage_lead' OR (t.source = 'complaint' AND t.text IS NOT NULL))`;

/**
 * Takes the changed and vanished records out of int_resolve_records, remembering the groups they
 * were in (__tmp_left_groups), and puts the changed ones back with what their texts said and no
 * group yet (group_key NULL: their matter is to be decided again).
 */
export const STORE_RECORDS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_leaving_records AS
SELECT p.record_id, p.group_key FROM int_resolve_records p LEFT JOIN __tmp_records t USING (record_id)
WHERE t.record_id IS NULL OR t.sig <> p.sig;
CREATE OR REPLACE TEMP TABLE __tmp_left_groups AS
SELECT DISTINCT group_key FROM __tmp_leaving_records WHERE group_key IS NOT NULL;
DELETE FROM int_resolve_records WHERE record_id IN (SELECT record_id FROM __tmp_leaving_records);
INSERT INTO int_resolve_records
SELECT t.record_id, t.sig, f.workplace, f.text_project, f.months, NULL
FROM __tmp_records t LEFT JOIN int_resolve_records p USING (record_id) LEFT JOIN __tmp_record_facts f USING (record_id)
WHERE p.record_id IS NULL;
DELETE FROM __tmp_record_facts;
DROP TABLE __tmp_leaving_records;`;

/**
 * Each record as the rest of the run reads it: its fields from the stg tables, what its text said,
 * and its group at the last run (NULL when its matter is to be decided again).
 */
export const RESOLVE_RECORDS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_resolve_records AS
SELECT t.* EXCLUDE (address, text, sig), p.workplace, p.text_project, p.months, p.group_key
FROM __tmp_records t JOIN int_resolve_records p USING (record_id);
DROP TABLE __tmp_records;`;
