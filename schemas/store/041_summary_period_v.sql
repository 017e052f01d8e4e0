-- summary_period_v: one row per sweep period × kind × source that has current records
-- (按期次汇总: the sweep ledgers, complaints of either kind, wage leads).
-- Invariants: (period, kind, source) unique; records and amount_owed_fen equal count(*) and
-- sum(amount_owed_fen) over records_v for the same period, kind and source; cases counts distinct
-- case ids (a case with records from two sources counts in both rows); workers sums, per case,
-- the largest number reported (repeated leads describe the same workers); amounts integer fen,
-- *_wan columns are the same amounts in 万元 rounded half up to 2 places, for display only.
CREATE OR REPLACE VIEW summary_period_v AS
WITH per_case AS (
  SELECT period, kind, source, coalesce(case_id, record_id) AS case_key, max(workers) AS workers
  FROM summary_records_v GROUP BY ALL
), totals AS (
  SELECT period, kind, source, count(DISTINCT case_id) AS cases, count(*) AS records,
         CAST(coalesce(sum(amount_owed_fen), 0) AS BIGINT) AS amount_owed_fen,
         CAST(coalesce(sum(amount_cleared_fen), 0) AS BIGINT) AS amount_cleared_fen,
         CAST(coalesce(sum(undisputed_fen), 0) AS BIGINT) AS undisputed_fen,
         CAST(coalesce(sum(disputed_fen), 0) AS BIGINT) AS disputed_fen
  FROM summary_records_v GROUP BY ALL
)
SELECT t.period, t.kind, t.source, t.cases, t.records, t.amount_owed_fen, t.amount_cleared_fen,
       t.undisputed_fen, t.disputed_fen, w.workers,
       CAST(((t.amount_owed_fen + 5000) // 10000) * 0.01 AS DECIMAL(18,2)) AS amount_owed_wan,
       CAST(((t.amount_cleared_fen + 5000) // 10000) * 0.01 AS DECIMAL(18,2)) AS amount_cleared_wan
FROM totals t
LEFT JOIN (SELECT period, kind, source, CAST(sum(workers) AS BIGINT) AS workers FROM per_case GROUP BY ALL) w
  USING (period, kind, source);
