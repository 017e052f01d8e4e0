-- summary_overdue_v: one row per sweep period × receiving agency × mechanism with open transfers
-- past due today (Asia/Shanghai), for 督办. The period is the transfer's, as in
-- summary_transfers_v.
-- Invariants: (period, to_agency, mechanism) unique; sum(transfers) over all rows equals
-- count(*) of overdue_v; cases counts distinct cases, amount_owed_fen sums each distinct case's
-- current amount (cases_v) once; max_days_overdue and oldest_due_on describe the worst one.
CREATE OR REPLACE VIEW summary_overdue_v AS
WITH periods AS (
  SELECT DISTINCT period FROM records_v WHERE period IS NOT NULL
), o AS (
  SELECT x.*, coalesce(p.period, strftime(x.created_on, '%Y-%m')) AS period
  FROM overdue_v x ASOF LEFT JOIN periods p ON strftime(x.created_on, '%Y-%m') >= p.period
), per_case AS (
  SELECT period, to_agency, mechanism, case_id, max(amount_owed_fen) AS amount_owed_fen FROM o GROUP BY ALL
)
SELECT g.period, g.to_agency, g.mechanism, g.transfers, g.cases, g.max_days_overdue, g.oldest_due_on,
       coalesce(a.amount_owed_fen, 0) AS amount_owed_fen
FROM (
  SELECT period, to_agency, mechanism, count(*) AS transfers, count(DISTINCT case_id) AS cases,
         max(days_overdue) AS max_days_overdue, min(due_on) AS oldest_due_on
  FROM o GROUP BY ALL
) g
LEFT JOIN (
  SELECT period, to_agency, mechanism, CAST(sum(amount_owed_fen) AS BIGINT) AS amount_owed_fen FROM per_case GROUP BY ALL
) a USING (period, to_agency, mechanism);
