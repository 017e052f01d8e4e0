import { CLAIM_RATIO, REPEAT_CLAIM_TOLERANCE, SAME_SWEEP_TOLERANCE } from './cluster-matters.js';
import { MAX_CONTEXT_GROUP } from './context-rules.js';

// A project's words as the context rules compare them: no bracketed asides or spaces, no trailing 合同/项目/工程.
const projectKey = (p: string) =>
  `regexp_replace(regexp_replace(coalesce(${p}, ''), '[（(][^）)]*[）)]|\\s', '', 'g'), '(?:合同|项目|工程|协议)+$', '')`;

/**
 * Matters shared by spellings of different clusters (on names alone, __tmp_mention_rep), one row
 * per spelling and amount in each, into __tmp_context_groups. Three kinds:
 * - amount: the same counterpart and the same amount to the fen, on the same project or on any (a
 *   complaint's amount is often the surveyed one);
 * - claim: the same counterpart on the same project (a complaint's as read in its text); whether
 *   two amounts fit is judged per pair;
 * - site: wage records on the same project, or at the same workplace, for the same arrears months.
 * A matter shared by more than MAX_CONTEXT_GROUP spellings is too common to vouch for any of them.
 */
export const CONTEXT_GROUPS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_context_groups AS
WITH sme AS (
  -- projects are grouped by their hash: a collision (one in 2^64) could only make a candidate the judge still weighs
  SELECT debtor_no AS a, creditor_no AS b, amount_fen AS amount, source = 'survey' AS surveyed,
         hash(CASE WHEN source = 'survey' THEN regexp_replace(coalesce(project, ''), '[（(][^）)]*[）)]|\\s', '', 'g') ELSE '' END) AS project,
         nullif(hash(${projectKey('coalesce(project, text_project)')}), hash('')) AS claim_project
  FROM __tmp_resolve_records
  WHERE kind = 'sme_arrears' AND amount_fen IS NOT NULL AND debtor_no IS NOT NULL AND creditor_no IS NOT NULL
), sides AS MATERIALIZED (
  SELECT ra.rep AS anchor, true AS side, s.project, s.claim_project, s.amount, s.surveyed, s.b AS member, rb.rep AS member_rep
  FROM sme s JOIN __tmp_mention_rep ra ON ra.mention_no = s.a JOIN __tmp_mention_rep rb ON rb.mention_no = s.b
  UNION ALL
  SELECT rb.rep, false, s.project, s.claim_project, s.amount, s.surveyed, s.a, ra.rep
  FROM sme s JOIN __tmp_mention_rep ra ON ra.mention_no = s.a JOIN __tmp_mention_rep rb ON rb.mention_no = s.b
), shared AS MATERIALIZED (
  -- the same counterpart and amount on any project, seen by two spellings of two clusters (most are seen by one)
  SELECT s.* FROM sides s SEMI JOIN (
    SELECT anchor, side, amount FROM sides GROUP BY ALL HAVING min(member) <> max(member) AND min(member_rep) <> max(member_rep)
  ) USING (anchor, side, amount)
), any_project AS (
  SELECT anchor, side, amount, list(DISTINCT member) AS members, count(DISTINCT member) AS n FROM shared GROUP BY ALL
), one_project AS (
  -- a matter too common on any project may still be rare on one
  SELECT list(DISTINCT member) AS members FROM shared
  SEMI JOIN (SELECT anchor, side, amount FROM any_project WHERE n > ${MAX_CONTEXT_GROUP}) USING (anchor, side, amount)
  GROUP BY anchor, side, project, amount
  HAVING count(DISTINCT member) BETWEEN 2 AND ${MAX_CONTEXT_GROUP} AND count(DISTINCT member_rep) > 1
), amount_groups AS (
  SELECT 'amount:' || row_number() OVER () AS g, members FROM (
    SELECT members FROM any_project WHERE n <= ${MAX_CONTEXT_GROUP} UNION ALL SELECT members FROM one_project)
), claims AS MATERIALIZED (
  -- a claim's project: pre-filtered like the amounts, most projects are seen by one cluster
  SELECT c.side, c.anchor, c.claim_project, c.member, c.member_rep, c.amount, c.surveyed FROM sides c SEMI JOIN (
    SELECT side, anchor, claim_project FROM sides WHERE claim_project IS NOT NULL GROUP BY ALL
    HAVING min(member) <> max(member) AND min(member_rep) <> max(member_rep)
  ) USING (side, anchor, claim_project)
), claim_groups AS (
  SELECT 'claim:' || c.side::INTEGER || ':' || c.anchor || ':' || c.claim_project AS g, c.member, c.member_rep AS rep, c.amount, c.surveyed
  FROM claims c SEMI JOIN (
    SELECT side, anchor, claim_project FROM claims GROUP BY ALL HAVING count(DISTINCT member) <= ${MAX_CONTEXT_GROUP}
  ) USING (side, anchor, claim_project)
), wage AS (
  SELECT r.employer_no AS member, m.rep, r.amount_fen AS amount, r.source = 'wage_lead' AS surveyed, r.months,
         ${projectKey('coalesce(r.project, r.text_project)')} AS project, r.workplace
  FROM __tmp_resolve_records r JOIN __tmp_mention_rep m ON m.mention_no = r.employer_no
  WHERE r.kind = 'wage_arrears' AND r.months IS NOT NULL
), sites AS (
  SELECT 'site:P' || project || '|' || months AS g, member, rep, amount, surveyed FROM wage WHERE project <> ''
  UNION ALL
  SELECT 'site:W' || workplace || '|' || months, member, rep, amount, surveyed FROM wage WHERE workplace IS NOT NULL
), site_groups AS (
  SELECT s.* FROM sites s SEMI JOIN (
    SELECT g FROM sites GROUP BY g HAVING count(DISTINCT member) BETWEEN 2 AND ${MAX_CONTEXT_GROUP} AND count(DISTINCT rep) > 1
  ) USING (g)
)
SELECT u.g, u.member, r.rep, NULL::BIGINT AS amount, NULL::BOOLEAN AS surveyed
FROM (SELECT g, unnest(members) AS member FROM amount_groups) u JOIN __tmp_mention_rep r ON r.mention_no = u.member
UNION ALL
SELECT DISTINCT * FROM claim_groups
UNION ALL
SELECT DISTINCT * FROM site_groups`;

/**
 * Candidate pairs from the shared matters: two spellings of two clusters, x < y, each pair once
 * per kind, with what the judge reads. Cheap necessary conditions are checked here so that few
 * pairs travel: not two different valid USCCs; a claim's amounts fit; for a claim or a site, the
 * names within four bytes of each other (one Chinese character is at most four) or sharing their
 * first two characters (the brand of an abbreviation). judgeContextPair decides.
 */
export const CONTEXT_PAIRS_SQL = `
WITH m AS (
  SELECT g.g, split_part(g.g, ':', 1) AS kind, g.member, g.rep, g.amount, g.surveyed, im.core_name, im.uscc, im.uscc_ok
  FROM __tmp_context_groups g JOIN int_resolve_mentions im ON im.mention_no = g.member
)
SELECT x.kind, x.member AS x, y.member AS y, x.core_name AS x_core, y.core_name AS y_core, x.uscc AS x_uscc, y.uscc AS y_uscc,
       x.uscc_ok AS x_ok, y.uscc_ok AS y_ok, x.amount AS x_amount, y.amount AS y_amount, x.surveyed AS x_surveyed, y.surveyed AS y_surveyed
FROM m x JOIN m y USING (g)
WHERE x.member < y.member AND x.rep <> y.rep
  AND NOT (x.uscc_ok AND y.uscc_ok AND x.uscc <> y.uscc)
  AND (x.kind = 'amount' OR levenshtein(x.core_name, y.core_name) <= 4 OR left(x.core_name, 2) = left(y.core_name, 2))
  AND (x.kind <> 'claim' OR CASE
        WHEN x.surveyed AND y.surveyed THEN abs(x.amount - y.amount) <= ${SAME_SWEEP_TOLERANCE} * greatest(x.amount, y.amount)
        WHEN NOT x.surveyed AND NOT y.surveyed THEN abs(x.amount - y.amount) <= ${REPEAT_CLAIM_TOLERANCE} * greatest(x.amount, y.amount)
        WHEN x.surveyed THEN y.amount BETWEEN ${CLAIM_RATIO[0]} * x.amount AND ${CLAIM_RATIO[1]} * x.amount
        ELSE x.amount BETWEEN ${CLAIM_RATIO[0]} * y.amount AND ${CLAIM_RATIO[1]} * y.amount END)
ORDER BY CASE x.kind WHEN 'amount' THEN 0 WHEN 'claim' THEN 1 ELSE 2 END, x.member, y.member`;
