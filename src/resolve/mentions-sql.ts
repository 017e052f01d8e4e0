/** Every party a record names, one row per occurrence, with what that record says about it. */
const OCCURRENCES = `
  SELECT debtor_key AS mention_key, type_hint, street_code FROM __tmp_resolve_records WHERE debtor_key IS NOT NULL
  UNION ALL SELECT creditor_key, NULL, street_code FROM __tmp_resolve_records WHERE creditor_key IS NOT NULL
  UNION ALL SELECT employer_key, CASE WHEN source = 'complaint' THEN type_hint END, street_code FROM __tmp_resolve_records WHERE employer_key IS NOT NULL
  UNION ALL SELECT developer_key, NULL, NULL FROM __tmp_resolve_records WHERE developer_key IS NOT NULL
  UNION ALL SELECT contractor_key, NULL, NULL FROM __tmp_resolve_records WHERE contractor_key IS NOT NULL
  UNION ALL SELECT subcontractor_key, NULL, NULL FROM __tmp_resolve_records WHERE subcontractor_key IS NOT NULL`;

/**
 * Spellings named by some record that resolve has never normalised, by name then USCC (the order
 * their mention numbers follow). Names from wage leads' 建设单位 / 总承包 / 分包 columns come as
 * written and are normalised in TypeScript, like every other name.
 */
export const NEW_MENTIONS_SQL = `
WITH k AS (SELECT DISTINCT mention_key FROM (${OCCURRENCES})
           WHERE mention_key NOT IN (SELECT mention_key FROM int_resolve_mentions)),
s AS (SELECT mention_key, regexp_extract(mention_key, '\\|([^|]*)$', 1) AS uscc FROM k)
SELECT mention_key, left(mention_key, length(mention_key) - length(uscc) - 1) AS name, nullif(uscc, '') AS uscc
FROM s ORDER BY name, uscc`;

/**
 * The spellings some stored record names now (the active mentions), with how often, the debtor
 * type most reported for them, and their most reported street (ties to the first in order, so a
 * run on the same records describes them the same way).
 */
export const MENTION_STATS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_mention_stats AS
WITH o AS (${OCCURRENCES}),
n AS (SELECT mention_key, count(*)::INTEGER AS n FROM o GROUP BY mention_key),
hint AS (SELECT mention_key, first(type_hint ORDER BY c DESC, type_hint) AS type_hint
         FROM (SELECT mention_key, type_hint, count(*) AS c FROM o WHERE type_hint IS NOT NULL GROUP BY ALL) GROUP BY mention_key),
street AS (SELECT mention_key, first(street_code ORDER BY c DESC, street_code) AS street_code
           FROM (SELECT mention_key, street_code, count(*) AS c FROM o WHERE street_code IS NOT NULL GROUP BY ALL) GROUP BY mention_key)
SELECT m.mention_no, n.mention_key, n.n, hint.type_hint, street.street_code
FROM n JOIN int_resolve_mentions m USING (mention_key) LEFT JOIN hint USING (mention_key) LEFT JOIN street USING (mention_key)`;
