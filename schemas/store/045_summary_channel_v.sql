-- summary_channel_v: one row per sweep period × complaint channel (投诉渠道: 12345, 平台, 来信,
-- 来访, 其他; NULL when not recorded), SME-arrears and wage complaints side by side.
-- Invariants: (period, channel) unique; per period, sum(sme_records + wage_records) equals
-- count(*) over records_v where source = 'complaint', sum(sme_claimed_fen) and sum(wage_claimed_fen)
-- the sum of amount_owed_fen (the amount claimed) by kind; amounts integer fen.
CREATE OR REPLACE VIEW summary_channel_v AS
SELECT period, channel,
       count(DISTINCT case_id) FILTER (WHERE kind = 'sme_arrears') AS sme_cases,
       count(*) FILTER (WHERE kind = 'sme_arrears') AS sme_records,
       CAST(coalesce(sum(amount_owed_fen) FILTER (WHERE kind = 'sme_arrears'), 0) AS BIGINT) AS sme_claimed_fen,
       count(DISTINCT case_id) FILTER (WHERE kind = 'wage_arrears') AS wage_cases,
       count(*) FILTER (WHERE kind = 'wage_arrears') AS wage_records,
       CAST(coalesce(sum(amount_owed_fen) FILTER (WHERE kind = 'wage_arrears'), 0) AS BIGINT) AS wage_claimed_fen
FROM summary_records_v WHERE source = 'complaint'
GROUP BY period, channel;
