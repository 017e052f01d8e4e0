-- summary_transfers_v: one row per sweep period × mechanism × receiving agency × status of the
-- transfers under the memorandum (移送情况). A transfer belongs to the sweep period in which it
-- was created: the latest period of current records not after the month of created_on (else
-- that month itself).
-- Invariants: (period, mechanism, to_agency, status) unique; sum(transfers) per period equals
-- the number of transfers_v rows attributed to it; cases counts distinct cases and
-- amount_owed_fen sums each distinct case's current amount (cases_v) once per row; overdue
-- counts open transfers past due today (Asia/Shanghai), as transfers_v.overdue.
CREATE OR REPLACE VIEW summary_transfers_v AS
WITH periods AS (
  SELECT DISTINCT period FROM records_v WHERE period IS NOT NULL
), t AS (
  SELECT x.*, coalesce(p.period, strftime(x.created_on, '%Y-%m')) AS period
  FROM transfers_v x ASOF LEFT JOIN periods p ON strftime(x.created_on, '%Y-%m') >= p.period
), per_case AS (
  SELECT period, mechanism, to_agency, status, case_id, max(amount_owed_fen) AS amount_owed_fen
  FROM t GROUP BY ALL
)
SELECT g.period, g.mechanism, g.to_agency, g.status, g.transfers, g.cases, g.overdue,
       coalesce(a.amount_owed_fen, 0) AS amount_owed_fen
FROM (
  SELECT period, mechanism, to_agency, status, count(*) AS transfers, count(DISTINCT case_id) AS cases,
         count(*) FILTER (WHERE overdue) AS overdue
  FROM t GROUP BY ALL
) g
LEFT JOIN (
  SELECT period, mechanism, to_agency, status, CAST(sum(amount_owed_fen) AS BIGINT) AS amount_owed_fen
  FROM per_case GROUP BY ALL
) a USING (period, mechanism, to_agency, status);
