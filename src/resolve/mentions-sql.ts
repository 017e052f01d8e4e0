/** Every spelling some record names (keys as stored), before they are numbered. */
const KEYS = `
  SELECT debtor_key AS mention_key FROM __tmp_records UNION SELECT creditor_key FROM __tmp_records
  UNION SELECT employer_key FROM __tmp_records UNION SELECT developer_key FROM __tmp_records
  UNION SELECT contractor_key FROM __tmp_records UNION SELECT subcontractor_key FROM __tmp_records`;

/**
 * Spellings named by some record that resolve has never normalised, by name then USCC (the order
 * their mention numbers follow). Names from wage leads' 建设单位 / 总承包 / 分包 columns come as
 * written and are normalised in TypeScript, like every other name.
 */
export const NEW_MENTIONS_SQL = `
WITH k AS (SELECT mention_key FROM (${KEYS}) WHERE mention_key IS NOT NULL
           AND mention_key NOT IN (SELECT mention_key FROM int_resolve_mentions)),
s AS (SELECT mention_key, regexp_extract(mention_key, '\\|([^|]*)$', 1) AS uscc FROM k)
SELECT left(mention_key, length(mention_key) - length(uscc) - 1) AS name, nullif(uscc, '') AS uscc
FROM s ORDER BY name, uscc`;

/** Every party a record names, one row per occurrence, with what that record says about it. */
const OCCURRENCES = `
  SELECT debtor_no AS mention_no, type_hint, street_code FROM __tmp_resolve_records WHERE debtor_no IS NOT NULL
  UNION ALL SELECT creditor_no, NULL, street_code FROM __tmp_resolve_records WHERE creditor_no IS NOT NULL
  UNION ALL SELECT employer_no, CASE WHEN source = 'complaint' THEN type_hint END, street_code FROM __tmp_resolve_records WHERE employer_no IS NOT NULL
  UNION ALL SELECT developer_no, NULL, NULL FROM __tmp_resolve_records WHERE developer_no IS NOT NULL
  UNION ALL SELECT contractor_no, NULL, NULL FROM __tmp_resolve_records WHERE contractor_no IS NOT NULL
  UNION ALL SELECT subcontractor_no, NULL, NULL FROM __tmp_resolve_records WHERE subcontractor_no IS NOT NULL`;

/**
 * The spellings some stored record names now (the active mentions), with how often, the debtor
 * type most reported for them, and their most reported street (ties to the first in order, so a
 * run on the same records describes them the same way).
 */
export const MENTION_STATS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_mention_stats AS
WITH o AS (${OCCURRENCES}),
n AS (SELECT mention_no, count(*)::INTEGER AS n FROM o GROUP BY mention_no),
hint AS (SELECT mention_no, arg_min(type_hint, (-c, type_hint)) AS type_hint
         FROM (SELECT mention_no, type_hint, count(*) AS c FROM o WHERE type_hint IS NOT NULL GROUP BY ALL) GROUP BY mention_no),
street AS (SELECT mention_no, arg_min(street_code, (-c, street_code)) AS street_code
           FROM (SELECT mention_no, street_code, count(*) AS c FROM o WHERE street_code IS NOT NULL GROUP BY ALL) GROUP BY mention_no)
SELECT n.mention_no, m.mention_key, n.n, hint.type_hint, street.street_code
FROM n JOIN int_resolve_mentions m USING (mention_no) LEFT JOIN hint USING (mention_no) LEFT JOIN street USING (mention_no)`;
