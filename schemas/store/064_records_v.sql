-- records_v (v3, with free-text work orders): one row per accepted record of a current (not
-- superseded) file, across sources.
-- The public interface for scripts. kind is 'sme_arrears' or 'wage_arrears'; source is
-- 'survey' | 'complaint' | 'wage_lead'; row_number is the 1-based sheet row, or the 1-based data
-- line of a CSV (header excluded). Entity and case ids stay NULL until resolve has run.
-- Replaces v2 (019): work orders read as SME or wage arrears join as source 'complaint'
-- (origin 'work_order'); orders about something else stay in work_orders_v only.
CREATE OR REPLACE VIEW records_v AS
WITH current_files AS (
  SELECT file_id, file_name, sha256 FROM files WHERE status = 'loaded'
), unioned AS (
  SELECT record_id, 'sme_arrears' AS kind, 'survey' AS source, period, file_id, sheet, row_number,
         seq AS source_record_id, debtor_name, creditor_name, NULL AS employer_name,
         amount_owed_fen, street_code, debtor_uscc, creditor_uscc, NULL AS employer_uscc
  FROM stg_survey
  UNION ALL
  SELECT record_id, kind, 'complaint', period, file_id, sheet, row_number, complaint_no,
         CASE WHEN kind = 'sme_arrears' THEN respondent_name END,
         CASE WHEN kind = 'sme_arrears' THEN complainant_name END,
         CASE WHEN kind = 'wage_arrears' THEN respondent_name END,
         amount_claimed_fen, NULL,
         CASE WHEN kind = 'sme_arrears' THEN respondent_uscc END,
         CASE WHEN kind = 'sme_arrears' THEN complainant_uscc END,
         CASE WHEN kind = 'wage_arrears' THEN respondent_uscc END
  FROM stg_complaint
  UNION ALL
  SELECT record_id, 'wage_arrears', 'wage_lead', period, file_id, sheet, row_number, lead_no,
         NULL, NULL, employer_name, amount_owed_fen, street_code, NULL, NULL, employer_uscc
  FROM stg_wage_lead
  UNION ALL
  SELECT record_id, kind, 'complaint', period, file_id, sheet, row_number, order_no,
         CASE WHEN kind = 'sme_arrears' THEN debtor_name END,
         CASE WHEN kind = 'sme_arrears' THEN creditor_name END,
         CASE WHEN kind = 'wage_arrears' THEN employer_name END,
         amount_owed_fen, street_code, NULL, NULL, NULL
  FROM work_orders_v WHERE kind IN ('sme_arrears', 'wage_arrears')
)
SELECT u.record_id, u.kind, u.source, u.period, f.file_name, u.sheet, u.row_number, u.source_record_id,
       u.debtor_name, u.creditor_name, u.employer_name, u.amount_owed_fen,
       cr.case_id, d.entity_id AS debtor_entity_id, c.entity_id AS creditor_entity_id, e.entity_id AS employer_entity_id,
       u.street_code, u.debtor_uscc, u.creditor_uscc, u.employer_uscc, f.sha256 AS file_sha256, u.file_id
FROM unioned u JOIN current_files f USING (file_id)
LEFT JOIN entity_members d ON d.mention_key = u.debtor_name || '|' || coalesce(u.debtor_uscc, '')
LEFT JOIN entity_members c ON c.mention_key = u.creditor_name || '|' || coalesce(u.creditor_uscc, '')
LEFT JOIN entity_members e ON e.mention_key = u.employer_name || '|' || coalesce(u.employer_uscc, '')
LEFT JOIN case_records cr ON cr.record_id = u.record_id;
