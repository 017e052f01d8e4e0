/**
 * Every enterprise name the store knows from structured records (as stored), with its entity where
 * resolve has run: the dictionary free-text orders are read against.
 */
export const DICTIONARY_NAMES_SQL = `
WITH names AS (
  SELECT debtor_name AS name FROM stg_survey UNION SELECT creditor_name FROM stg_survey
  UNION SELECT respondent_name FROM stg_complaint UNION SELECT complainant_name FROM stg_complaint WHERE complainant_is_enterprise
  UNION SELECT employer_name FROM stg_wage_lead UNION SELECT developer_name FROM stg_wage_lead
  UNION SELECT general_contractor_name FROM stg_wage_lead UNION SELECT subcontractor_name FROM stg_wage_lead
)
SELECT n.name, any_value(m.entity_id) AS entity_id, any_value(m.core_name) AS core_name
FROM names n LEFT JOIN entity_members m ON m.legal_name = n.name
WHERE n.name IS NOT NULL AND length(n.name) >= 2
GROUP BY n.name ORDER BY n.name`;

/** Work orders not yet read by this version of the extractor. */
export const PENDING_ORDERS_SQL = `
SELECT record_id, content, caller_name, caller_phone FROM stg_work_order
WHERE extractor_version IS DISTINCT FROM ? ORDER BY record_id`;

/** Lands a run's extractions (appended to __tmp_work_order_extract) on their orders in one statement. */
export const APPLY_EXTRACTIONS_SQL = `
UPDATE stg_work_order w SET kind = t.kind, kind_reason = t.kind_reason, creditor_name = t.creditor_name,
  debtor_name = t.debtor_name, employer_name = t.employer_name, amount_owed_fen = t.amount_owed_fen,
  project_name = t.project_name, workers = t.workers, review_fields = t.review_fields, fields_json = t.fields_json,
  extractor_version = t.extractor_version
FROM __tmp_work_order_extract t WHERE w.record_id = t.record_id;
DELETE FROM __tmp_work_order_extract;`;
