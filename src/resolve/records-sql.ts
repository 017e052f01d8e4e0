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
         s.undisputed_fen, s.disputed_fen, s.amount_cleared_fen AS cleared_fen, NULL::INTEGER AS workers, NULL::VARCHAR AS reporter,
         NULL::VARCHAR AS address, NULL::VARCHAR AS text
  FROM stg_survey s JOIN files f USING (file_id)
  UNION ALL
  SELECT s.record_id, s.kind, 'complaint', s.period, f.status = 'loaded',
         CASE WHEN s.kind = 'sme_arrears' THEN ${key('s.respondent_name', 's.respondent_uscc')} END,
         CASE WHEN s.complainant_is_enterprise THEN ${key('s.complainant_name', 's.complainant_uscc')} END,
         CASE WHEN s.kind = 'wage_arrears' THEN ${key('s.respondent_name', 's.respondent_uscc')} END,
         NULL, NULL, NULL, s.respondent_type, NULL, NULL, s.amount_claimed_fen, NULL, NULL, NULL, NULL, NULL, NULL, s.content
  FROM stg_complaint s JOIN files f USING (file_id)
  UNION ALL
  SELECT s.record_id, 'wage_arrears', 'wage_lead', s.period, f.status = 'loaded',
         NULL, NULL, ${key('s.employer_name', 's.employer_uscc')},
         ${key('s.developer_name', 'NULL')}, ${key('s.general_contractor_name', 'NULL')}, ${key('s.subcontractor_name', 'NULL')},
         NULL, s.street_code, s.project_name, s.amount_owed_fen, NULL, NULL, NULL, s.workers,
         coalesce(s.reporter_id_number, s.reporter_name || coalesce(s.reporter_phone, '')), s.project_address, s.arrears_period
  FROM stg_wage_lead s JOIN files f USING (file_id)
  UNION ALL
  SELECT w.record_id, w.kind, 'complaint', w.period, true,
         CASE WHEN w.kind = 'sme_arrears' THEN ${key('w.debtor_name', 'NULL')} END,
         CASE WHEN w.kind = 'sme_arrears' THEN ${key('w.creditor_name', 'NULL')} END,
         CASE WHEN w.kind = 'wage_arrears' THEN ${key('w.employer_name', 'NULL')} END,
         NULL, NULL, NULL, NULL, w.street_code, w.project_name, w.amount_owed_fen, NULL, NULL, NULL, NULL, NULL, NULL, w.content
  FROM work_orders_v w WHERE w.kind IN ('sme_arrears', 'wage_arrears')
)
SELECT *, hash(kind, source, period, is_current, debtor_key, creditor_key, employer_key, developer_key, contractor_key,
               subcontractor_key, type_hint, street_code, project, amount_fen, undisputed_fen, disputed_fen, cleared_fen, workers,
               reporter, address) AS sig
FROM r`;

/** How the records differ from what resolve stored: new, changed (sig differs), and gone. */
export const RECORD_CHANGES_SQL = `
SELECT count(*) AS records, count(*) FILTER (WHERE p.record_id IS NULL OR p.sig <> t.sig) AS changed,
       (SELECT count(*) FROM int_resolve_records) - count(p.record_id) AS removed
FROM __tmp_records t LEFT JOIN int_resolve_records p USING (record_id)`;

/**
 * The texts of new and changed records, numbered (row_no) so that what is read in them comes back
 * by number: a complaint's text (project; months when about wages), a lead's address and period.
 */
export const TEXTS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_texts AS
SELECT row_number() OVER (ORDER BY t.record_id)::INTEGER AS row_no, t.record_id, t.source = 'complaint' AS complaint,
       t.kind = 'wage_arrears' AS wage, t.address, t.text
FROM __tmp_records t LEFT JOIN int_resolve_records p USING (record_id)
WHERE (p.record_id IS NULL OR p.sig <> t.sig) AND (t.source = 'wage_lead' OR (t.source = 'complaint' AND t.text IS NOT NULL))`;

/**
 * Takes the changed and vanished records out of int_resolve_records, remembering the groups they
 * were in (__tmp_left_groups) and which ones vanished (__tmp_removed_records). The new and changed
 * ones wait in __tmp_new_records with what their texts said; they go back, with their groups, when
 * their matters are decided (WRITE_CASE_RECORDS_SQL).
 */
export const STORE_RECORDS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_leaving_records AS
SELECT p.record_id, p.group_key FROM int_resolve_records p LEFT JOIN __tmp_records t USING (record_id)
WHERE t.record_id IS NULL OR t.sig <> p.sig;
CREATE OR REPLACE TEMP TABLE __tmp_left_groups AS
SELECT DISTINCT group_key FROM __tmp_leaving_records WHERE group_key IS NOT NULL;
CREATE OR REPLACE TEMP TABLE __tmp_removed_records AS
SELECT p.record_id FROM __tmp_leaving_records p ANTI JOIN __tmp_records t USING (record_id);
DELETE FROM int_resolve_records WHERE record_id IN (SELECT record_id FROM __tmp_leaving_records);
CREATE OR REPLACE TEMP TABLE __tmp_new_records AS
SELECT t.record_id, f.workplace, f.text_project, f.months
FROM __tmp_records t ANTI JOIN int_resolve_records p USING (record_id)
LEFT JOIN __tmp_texts x USING (record_id) LEFT JOIN __tmp_record_facts f USING (row_no);
DELETE FROM __tmp_record_facts;
DROP TABLE __tmp_leaving_records; DROP TABLE __tmp_texts;`;

/**
 * Each record as the rest of the run reads it, numbered in record_id order (rno, so later joins
 * and orderings are on integers): its fields from the stg tables, its parties as mention numbers,
 * what its text said, its group at the last run (NULL when it is new or changed: is_new) and its
 * case row then (prev_*). Needs every spelling in int_resolve_mentions.
 */
export const RESOLVE_RECORDS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_resolve_records AS
SELECT row_number() OVER (ORDER BY t.record_id)::INTEGER AS rno, cr.case_id AS prev_case, cr.rule AS prev_rule, cr.score AS prev_score,
       n.record_id IS NOT NULL AS is_new, t.sig, t.record_id, t.kind, t.source, t.period, t.is_current, t.type_hint, t.street_code, t.project, t.amount_fen,
       t.undisputed_fen, t.disputed_fen, t.cleared_fen, t.workers, t.reporter, d.mention_no AS debtor_no, c.mention_no AS creditor_no, e.mention_no AS employer_no,
       dv.mention_no AS developer_no, gc.mention_no AS contractor_no, sc.mention_no AS subcontractor_no,
       coalesce(p.workplace, n.workplace) AS workplace, coalesce(p.text_project, n.text_project) AS text_project,
       coalesce(p.months, n.months) AS months, p.group_key
FROM __tmp_records t LEFT JOIN int_resolve_records p USING (record_id) LEFT JOIN __tmp_new_records n USING (record_id)
LEFT JOIN case_records cr USING (record_id)
LEFT JOIN int_resolve_mentions d ON d.mention_key = t.debtor_key
LEFT JOIN int_resolve_mentions c ON c.mention_key = t.creditor_key
LEFT JOIN int_resolve_mentions e ON e.mention_key = t.employer_key
LEFT JOIN int_resolve_mentions dv ON dv.mention_key = t.developer_key
LEFT JOIN int_resolve_mentions gc ON gc.mention_key = t.contractor_key
LEFT JOIN int_resolve_mentions sc ON sc.mention_key = t.subcontractor_key;
DROP TABLE __tmp_records; DROP TABLE __tmp_new_records;`;
