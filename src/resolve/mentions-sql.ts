/**
 * Every enterprise or body named in any stored record (current or superseded; work orders as read
 * from their text, corrections applied), one row per distinct spelling + USCC, with how often it appears. Names from wage leads' 建设单位 / 总承包 /
 * 分包 columns arrive as written and are normalised in TypeScript, like every other name.
 */
export const MENTIONS_SQL = `
WITH m AS (
  SELECT debtor_name AS name, debtor_uscc AS uscc, debtor_uscc_checksum_ok AS uscc_ok, debtor_type AS type_hint, street_code FROM stg_survey
  UNION ALL SELECT creditor_name, creditor_uscc, creditor_uscc_checksum_ok, NULL, street_code FROM stg_survey
  UNION ALL SELECT respondent_name, respondent_uscc, respondent_uscc_checksum_ok, respondent_type, NULL FROM stg_complaint
  UNION ALL SELECT complainant_name, complainant_uscc, complainant_uscc_checksum_ok, NULL, NULL FROM stg_complaint WHERE complainant_is_enterprise
  UNION ALL SELECT employer_name, employer_uscc, employer_uscc_checksum_ok, NULL, street_code FROM stg_wage_lead
  UNION ALL SELECT developer_name, NULL, NULL, NULL, NULL FROM stg_wage_lead
  UNION ALL SELECT general_contractor_name, NULL, NULL, NULL, NULL FROM stg_wage_lead
  UNION ALL SELECT subcontractor_name, NULL, NULL, NULL, NULL FROM stg_wage_lead
  UNION ALL SELECT debtor_name, NULL, NULL, NULL, street_code FROM work_orders_v WHERE kind = 'sme_arrears'
  UNION ALL SELECT creditor_name, NULL, NULL, NULL, street_code FROM work_orders_v WHERE kind = 'sme_arrears'
  UNION ALL SELECT employer_name, NULL, NULL, NULL, street_code FROM work_orders_v WHERE kind = 'wage_arrears'
)
SELECT name, uscc, bool_or(coalesce(uscc_ok, false)) AS uscc_ok, mode(type_hint) AS type_hint,
       mode(street_code) AS street_code, count(*)::INTEGER AS n
FROM m WHERE name IS NOT NULL AND trim(name) <> ''
GROUP BY name, uscc ORDER BY name, uscc`;

/** Each SME record's two parties as stored, with its project (bracketed asides removed) and amount. */
export const CONTEXT_SQL = `
SELECT debtor_name AS a_name, coalesce(debtor_uscc, '') AS a_uscc, creditor_name AS b_name, coalesce(creditor_uscc, '') AS b_uscc,
       regexp_replace(coalesce(project_name, ''), '[（(][^）)]*[）)]|\\s', '', 'g') AS project, amount_owed_fen AS amount
FROM stg_survey
UNION ALL
SELECT respondent_name, coalesce(respondent_uscc, ''), complainant_name, coalesce(complainant_uscc, ''), '', amount_claimed_fen
FROM stg_complaint WHERE kind = 'sme_arrears' AND complainant_is_enterprise
UNION ALL
SELECT debtor_name, '', creditor_name, '', '', amount_owed_fen FROM work_orders_v
WHERE kind = 'sme_arrears' AND debtor_name IS NOT NULL AND creditor_name IS NOT NULL`;
