-- summary_cross_agency_v (v3): one row per sweep period × entity exposed in both agencies' cases: the
-- debtor of SME-arrears cases with a current record in the period that is also, in a wage case
-- with a current record in the period, its employer (用人单位, same entity id) or its developer
-- or general contractor (建设单位/施工总承包单位 named on the wage case's leads).
-- Replaces v2 (065) with the same rows: a lead's developer and general contractor are unnested
-- into one column and joined by equality, where v2's `mention_key IN (…, …)` made DuckDB run a
-- nested-loop join (over a second on a 20,000-record sweep).
-- Invariants: (period, entity_id) unique; sme_cases >= 1 and wage_cases >= 1; amounts are each
-- distinct case's current amount (cases_v), integer fen, counted once; rank orders entities
-- within a period by sme_owed_fen + wage_owed_fen, largest first (ties by entity_id).
CREATE OR REPLACE VIEW summary_cross_agency_v AS
WITH sme AS (
  SELECT DISTINCT r.period, r.case_id, c.debtor_entity_id AS entity_id
  FROM records_v r JOIN cases_v c USING (case_id)
  WHERE r.kind = 'sme_arrears' AND c.debtor_entity_id IS NOT NULL
), wage AS (
  SELECT DISTINCT r.period, r.case_id FROM records_v r WHERE r.kind = 'wage_arrears' AND r.case_id IS NOT NULL
), roles AS (
  SELECT w.period, c.employer_entity_id AS entity_id, w.case_id, 'employer' AS role
  FROM wage w JOIN cases_v c USING (case_id) WHERE c.employer_entity_id IS NOT NULL
  UNION
  SELECT DISTINCT w.period, m.entity_id, w.case_id, 'developer_or_contractor'
  FROM wage w JOIN case_records cr USING (case_id)
  JOIN (SELECT record_id, unnest([developer_name, general_contractor_name]) AS party FROM stg_wage_lead) l USING (record_id)
  JOIN entity_members m ON m.mention_key = l.party || '|'
), sme_agg AS (
  SELECT s.period, s.entity_id, count(*) AS sme_cases,
         CAST(coalesce(sum(c.amount_owed_fen), 0) AS BIGINT) AS sme_owed_fen,
         CAST(coalesce(sum(c.amount_cleared_fen), 0) AS BIGINT) AS sme_cleared_fen
  FROM sme s JOIN cases_v c USING (case_id) GROUP BY ALL
), wage_cases AS (
  SELECT period, entity_id, case_id, bool_or(role = 'employer') AS as_employer,
         bool_or(role = 'developer_or_contractor') AS as_developer_or_contractor
  FROM roles GROUP BY ALL
), wage_agg AS (
  SELECT w.period, w.entity_id, count(*) AS wage_cases,
         CAST(coalesce(sum(c.amount_owed_fen), 0) AS BIGINT) AS wage_owed_fen,
         CAST(coalesce(sum(c.workers), 0) AS BIGINT) AS workers,
         bool_or(w.as_employer) AS as_employer, bool_or(w.as_developer_or_contractor) AS as_developer_or_contractor
  FROM wage_cases w JOIN cases_v c USING (case_id) GROUP BY ALL
)
SELECT s.period, s.entity_id, e.name, e.uscc, e.entity_type, s.sme_cases, s.sme_owed_fen, s.sme_cleared_fen,
       w.wage_cases, w.wage_owed_fen, w.workers, w.as_employer, w.as_developer_or_contractor,
       s.sme_owed_fen + w.wage_owed_fen AS total_owed_fen,
       row_number() OVER (PARTITION BY s.period ORDER BY s.sme_owed_fen + w.wage_owed_fen DESC, s.entity_id) AS rank
FROM sme_agg s JOIN wage_agg w USING (period, entity_id)
JOIN entities e USING (entity_id);
