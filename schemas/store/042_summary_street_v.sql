-- summary_street_v: one row per sweep period × street/town (街镇) that has survey or wage-lead
-- records; street_code NULL collects the records whose street could not be told.
-- sme_* columns come from the sweep ledgers (source 'survey', the reporting street), wage_*
-- columns from wage leads (source 'wage_lead', the project's street). Complaints carry no street.
-- Invariants: (period, street_code) unique; per period, sum(sme_records) and sum(sme_owed_fen)
-- equal count(*) and sum(amount_owed_fen) over records_v where source = 'survey', and the wage_*
-- sums those of source 'wage_lead'; amounts integer fen (*_wan: 万元, 2 places, display only).
CREATE OR REPLACE VIEW summary_street_v AS
WITH r AS (
  SELECT * FROM summary_records_v WHERE source IN ('survey', 'wage_lead')
), wage_case AS (
  SELECT period, street_code, coalesce(case_id, record_id) AS case_key, max(workers) AS workers
  FROM r WHERE source = 'wage_lead' GROUP BY ALL
), agg AS (
  SELECT period, street_code, min(street_name) AS street_name,
         count(DISTINCT case_id) FILTER (WHERE source = 'survey') AS sme_cases,
         count(*) FILTER (WHERE source = 'survey') AS sme_records,
         CAST(coalesce(sum(amount_owed_fen) FILTER (WHERE source = 'survey'), 0) AS BIGINT) AS sme_owed_fen,
         CAST(coalesce(sum(amount_cleared_fen) FILTER (WHERE source = 'survey'), 0) AS BIGINT) AS sme_cleared_fen,
         CAST(coalesce(sum(disputed_fen) FILTER (WHERE source = 'survey'), 0) AS BIGINT) AS sme_disputed_fen,
         count(DISTINCT case_id) FILTER (WHERE source = 'wage_lead') AS wage_cases,
         count(*) FILTER (WHERE source = 'wage_lead') AS wage_records,
         CAST(coalesce(sum(amount_owed_fen) FILTER (WHERE source = 'wage_lead'), 0) AS BIGINT) AS wage_owed_fen
  FROM r GROUP BY period, street_code
)
SELECT a.*, coalesce(w.workers, 0) AS workers,
       CAST(((a.sme_owed_fen + 5000) // 10000) * 0.01 AS DECIMAL(18,2)) AS sme_owed_wan,
       CAST(((a.wage_owed_fen + 5000) // 10000) * 0.01 AS DECIMAL(18,2)) AS wage_owed_wan
FROM agg a
LEFT JOIN (SELECT period, street_code, CAST(sum(workers) AS BIGINT) AS workers FROM wage_case GROUP BY ALL) w
  ON w.period = a.period AND w.street_code IS NOT DISTINCT FROM a.street_code;
