-- case_changes_v: one row per SME case per sweep from its first observation on, while it is
-- present or just vanished: new | persisting | reduced | cleared | reclassified (无分歧 → 有分歧)
-- | disappeared (gone without clearance) | reappeared. The last two are audit red flags.
CREATE OR REPLACE VIEW case_changes_v AS
WITH sweeps AS (
  SELECT period, row_number() OVER (ORDER BY period) AS k
  FROM (SELECT DISTINCT period FROM files WHERE source = 'survey' AND status = 'loaded' AND period IS NOT NULL)
), obs AS (
  SELECT o.*, s.k FROM case_observations o JOIN sweeps s USING (period)
), firsts AS (
  SELECT case_id, min(k) AS k0 FROM obs GROUP BY case_id
), grid AS (
  SELECT f.case_id, s.period, s.k, f.k0 FROM firsts f JOIN sweeps s ON s.k >= f.k0
), j AS (
  SELECT g.case_id, g.period, g.k, g.k0, n.case_id IS NOT NULL AS present, p.case_id IS NOT NULL AS was_present,
         n.amount_owed_fen AS owed, n.undisputed_fen AS und, n.disputed_fen AS dis,
         p.amount_owed_fen AS prev_owed, p.undisputed_fen AS prev_und, p.disputed_fen AS prev_dis, p.amount_cleared_fen AS prev_cleared
  FROM grid g LEFT JOIN obs n ON n.case_id = g.case_id AND n.k = g.k LEFT JOIN obs p ON p.case_id = g.case_id AND p.k = g.k - 1
), labelled AS (
  SELECT *, CASE
    WHEN present AND k = k0 THEN 'new'
    WHEN present AND NOT was_present THEN 'reappeared'
    WHEN present AND coalesce(owed, 0) = 0 THEN 'cleared'
    WHEN present AND coalesce(prev_und, 0) > coalesce(und, 0) AND coalesce(dis, 0) > coalesce(prev_dis, 0) THEN 'reclassified'
    WHEN present AND owed < prev_owed THEN 'reduced'
    WHEN present THEN 'persisting'
    WHEN was_present AND (coalesce(prev_owed, 0) = 0 OR coalesce(prev_cleared, 0) >= prev_owed) THEN 'cleared'
    WHEN was_present THEN 'disappeared'
  END AS change
  FROM j WHERE present OR was_present
)
SELECT case_id, period, change,
       CASE change WHEN 'new' THEN '新增' WHEN 'persisting' THEN '持续' WHEN 'reduced' THEN '减少' WHEN 'cleared' THEN '已清偿'
         WHEN 'reclassified' THEN '无分歧转有分歧' WHEN 'disappeared' THEN '未清偿即消失' WHEN 'reappeared' THEN '再次出现' END AS change_label,
       change IN ('reclassified', 'disappeared') AS audit_flag,
       owed AS amount_owed_fen, prev_owed AS prev_amount_owed_fen, und AS undisputed_fen, prev_und AS prev_undisputed_fen,
       dis AS disputed_fen, prev_dis AS prev_disputed_fen
FROM labelled;
