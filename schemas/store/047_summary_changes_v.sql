-- summary_changes_v: one row per sweep period × change label of the sweep-over-sweep diff
-- (逐轮变化), every label present (zero rows included) for each period case_changes_v covers.
-- audit_flag marks the two red flags: reclassified (无分歧转有分歧) and disappeared (未清偿即消失).
-- Invariants: (period, change) unique; cases equals count(*) of case_changes_v rows with that
-- period and change (each case has one change per sweep); amount_owed_fen / prev_amount_owed_fen
-- sum this sweep's and the previous sweep's observed amounts (integer fen); change_fen is their
-- difference; records counts the current survey records of those cases in the period.
CREATE OR REPLACE VIEW summary_changes_v AS
WITH labels(change, change_label, audit_flag, sort_order) AS (
  VALUES ('new', '新增', false, 1), ('persisting', '持续', false, 2), ('reduced', '减少', false, 3),
         ('cleared', '已清偿', false, 4), ('reappeared', '再次出现', false, 5),
         ('reclassified', '无分歧转有分歧', true, 6), ('disappeared', '未清偿即消失', true, 7)
), periods AS (
  SELECT DISTINCT period FROM case_changes_v
), recs AS (
  SELECT period, case_id, count(*) AS n FROM records_v WHERE source = 'survey' AND case_id IS NOT NULL GROUP BY ALL
), agg AS (
  SELECT c.period, c.change, count(*) AS cases, CAST(coalesce(sum(r.n), 0) AS BIGINT) AS records,
         CAST(coalesce(sum(c.amount_owed_fen), 0) AS BIGINT) AS amount_owed_fen,
         CAST(coalesce(sum(c.prev_amount_owed_fen), 0) AS BIGINT) AS prev_amount_owed_fen
  FROM case_changes_v c LEFT JOIN recs r USING (period, case_id)
  GROUP BY ALL
)
SELECT p.period, l.change, l.change_label, l.audit_flag, l.sort_order,
       coalesce(a.cases, 0) AS cases, coalesce(a.records, 0) AS records,
       coalesce(a.amount_owed_fen, 0) AS amount_owed_fen, coalesce(a.prev_amount_owed_fen, 0) AS prev_amount_owed_fen,
       coalesce(a.amount_owed_fen, 0) - coalesce(a.prev_amount_owed_fen, 0) AS change_fen
FROM periods p CROSS JOIN labels l
LEFT JOIN agg a ON a.period = p.period AND a.change = l.change;
