-- summary_arrears_type_v: one row per sweep period × arrears type (欠款类型: 工程款, 货款, 服务款,
-- 保证金, 其他; NULL when not reported) in the sweep ledgers.
-- Invariants: (period, arrears_type) unique; per period, sum(records) and sum(amount_owed_fen)
-- equal count(*) and sum(amount_owed_fen) over records_v where source = 'survey'; amounts integer
-- fen (*_wan: 万元, 2 places, display only).
CREATE OR REPLACE VIEW summary_arrears_type_v AS
SELECT period, arrears_type, count(DISTINCT case_id) AS cases, count(*) AS records,
       CAST(coalesce(sum(amount_owed_fen), 0) AS BIGINT) AS amount_owed_fen,
       CAST(coalesce(sum(amount_cleared_fen), 0) AS BIGINT) AS amount_cleared_fen,
       CAST(coalesce(sum(disputed_fen), 0) AS BIGINT) AS disputed_fen,
       CAST(((coalesce(sum(amount_owed_fen), 0) + 5000) // 10000) * 0.01 AS DECIMAL(18,2)) AS amount_owed_wan
FROM summary_records_v WHERE source = 'survey'
GROUP BY period, arrears_type;
