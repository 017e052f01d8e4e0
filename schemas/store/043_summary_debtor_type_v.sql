-- summary_debtor_type_v: one row per sweep period × debtor type (欠款单位类型: 机关, 事业单位,
-- 国有企业, 大型企业, 平台公司, 其他; NULL when neither reported nor derivable) in the sweep ledgers.
-- Invariants: (period, debtor_type) unique; per period, sum(records) and sum(amount_owed_fen)
-- equal count(*) and sum(amount_owed_fen) over records_v where source = 'survey'; amounts integer
-- fen (*_wan: 万元, 2 places, display only).
CREATE OR REPLACE VIEW summary_debtor_type_v AS
SELECT period, debtor_type, count(DISTINCT case_id) AS cases, count(*) AS records,
       CAST(coalesce(sum(amount_owed_fen), 0) AS BIGINT) AS amount_owed_fen,
       CAST(coalesce(sum(amount_cleared_fen), 0) AS BIGINT) AS amount_cleared_fen,
       CAST(coalesce(sum(disputed_fen), 0) AS BIGINT) AS disputed_fen,
       CAST(((coalesce(sum(amount_owed_fen), 0) + 5000) // 10000) * 0.01 AS DECIMAL(18,2)) AS amount_owed_wan
FROM summary_records_v WHERE source = 'survey'
GROUP BY period, debtor_type;
