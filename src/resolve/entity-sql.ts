/** Active mentions (named by some record now) with their normalised facts. */
const ACTIVE = `SELECT im.* FROM int_resolve_mentions im JOIN __tmp_mention_stats USING (mention_no)`;

/** The kinds of edge NAME_EDGES_SQL gives, with the rule and the words a person reads; pairs carry their own. */
export const NAME_EDGE_KINDS = [
  { rule: 'uscc_equal', label: '统一社会信用代码相同' },
  { rule: 'core_equal', label: '核心名称相同' },
  { rule: 'core_equal', label: '分支机构并入总部（核心名称相同）' },
  { rule: 'short_name', label: '已知上市公司简称对应全称' },
] as const;

/**
 * Every edge names alone give between active mentions, in a fixed order: exact keys (valid USCC,
 * core name) chain their members to the first; a known listed-company short name links to the
 * first spelling of the core it stands for; stored name pairs link the first spellings of two cores.
 * `kind` indexes NAME_EDGE_KINDS; a stored pair (kind 4) brings its rule and label.
 */
export const NAME_EDGES_SQL = `
WITH m AS (${ACTIVE}),
firsts AS (SELECT core_name, min(mention_no) AS a FROM m GROUP BY core_name),
by_uscc AS (SELECT min(mention_no) OVER (PARTITION BY uscc) AS a, mention_no AS b FROM m
            WHERE uscc_ok AND uscc IS NOT NULL AND branch_of IS NULL),
by_core AS (SELECT min(mention_no) OVER (PARTITION BY core_name) AS a, mention_no AS b, branch_of IS NOT NULL AS branch FROM m),
edges AS (
  SELECT 0 AS kind, a, b, 1.0 AS score, NULL AS rule, NULL AS label FROM by_uscc WHERE a <> b
  UNION ALL
  SELECT CASE WHEN branch THEN 2 ELSE 1 END, a, b, 0.99, NULL, NULL FROM by_core WHERE a <> b
  UNION ALL
  SELECT 3, f.a, m.mention_no, 0.95, NULL, NULL FROM m JOIN firsts f ON f.core_name = m.short_target
  UNION ALL
  SELECT 4, fa.a, fb.a, p.score, p.rule, p.label FROM int_entity_pairs p
  JOIN firsts fa ON fa.core_name = p.core_a JOIN firsts fb ON fb.core_name = p.core_b
)
SELECT kind, a, b, score, rule, label FROM edges ORDER BY CASE kind WHEN 2 THEN 1 ELSE kind END, a, b`;

/** Active mentions whose valid USCC is an identity (a branch's own code is not). */
export const IDENTITY_USCC_SQL = `
SELECT mention_no, uscc FROM (${ACTIVE}) WHERE uscc_ok AND uscc IS NOT NULL AND branch_of IS NULL`;

/** People's decisions on active mentions, the latest per pair. */
export const DECISIONS_SQL = `
WITH d AS (
  SELECT kind, key_a, key_b FROM entity_decisions
  QUALIFY row_number() OVER (PARTITION BY least(key_a, key_b), greatest(key_a, key_b) ORDER BY decision_id DESC) = 1
)
SELECT d.kind, a.mention_no AS a, b.mention_no AS b
FROM d JOIN __tmp_mention_stats a ON a.mention_key = d.key_a JOIN __tmp_mention_stats b ON b.mention_key = d.key_b
WHERE a.mention_no <> b.mention_no ORDER BY least(d.key_a, d.key_b), greatest(d.key_a, d.key_b)`;

/** The entity each active mention was in after the last run. */
export const PREVIOUS_ENTITIES_SQL = `
SELECT s.mention_no, e.entity_id FROM entity_members e JOIN __tmp_mention_stats s USING (mention_key)`;

/**
 * entity_members from this run's assignment: rows that changed are replaced (a row left alone
 * keeps its assigned_at), spellings no longer named by any record leave.
 */
export const WRITE_MEMBERS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_members AS
SELECT m.mention_key, m.legal_name, m.core_name, m.uscc, m.uscc_ok, a.entity_id, a.rule, a.score,
       mm.mention_key AS matched_key, a.evidence
FROM __tmp_entity_assign a JOIN int_resolve_mentions m USING (mention_no)
LEFT JOIN int_resolve_mentions mm ON mm.mention_no = a.matched_no;
DELETE FROM entity_members WHERE mention_key IN (
  SELECT e.mention_key FROM entity_members e LEFT JOIN __tmp_members n USING (mention_key)
  WHERE n.mention_key IS NULL OR n.entity_id <> e.entity_id OR n.rule <> e.rule OR n.score <> e.score
     OR n.legal_name <> e.legal_name OR n.core_name <> e.core_name OR n.uscc IS DISTINCT FROM e.uscc
     OR n.uscc_ok IS DISTINCT FROM e.uscc_ok OR n.matched_key IS DISTINCT FROM e.matched_key OR n.evidence IS DISTINCT FROM e.evidence);
INSERT INTO entity_members (mention_key, legal_name, core_name, uscc, uscc_ok, entity_id, rule, score, matched_key, evidence)
SELECT * FROM __tmp_members WHERE mention_key NOT IN (SELECT mention_key FROM entity_members);
DROP TABLE __tmp_members;`;

/**
 * Each entity as people see it: the name most used among its spellings (a head office before a
 * branch, then the longer; `top_no` is that spelling), the first valid USCC, the debtor type most
 * reported, else the USCC's body type (机关 / 事业单位), and the street most reported. When neither
 * gives a type, the top spelling's name decides (name_class, filled by TypeScript).
 */
export const DESCRIBE_ENTITIES_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_entity_desc AS
WITH m AS (
  SELECT a.entity_id, a.mention_no, im.legal_name, im.core_name, im.uscc, im.uscc_ok, im.branch_of,
         s.n, s.type_hint, s.street_code
  FROM __tmp_entity_assign a JOIN int_resolve_mentions im USING (mention_no) JOIN __tmp_mention_stats s USING (mention_no)
), top AS (
  SELECT entity_id,
         arg_min(mention_no, (branch_of IS NOT NULL, -n, -length(legal_name), mention_no)) AS top_no,
         coalesce(arg_min(uscc, mention_no) FILTER (WHERE uscc_ok), arg_min(uscc, mention_no) FILTER (WHERE uscc IS NOT NULL)) AS uscc,
         bool_or(uscc_ok) AS valid
  FROM m GROUP BY entity_id
), hint AS (
  SELECT entity_id, arg_min(type_hint, (-votes, first_no)) AS hint
  FROM (SELECT entity_id, type_hint, count(*) AS votes, min(mention_no) AS first_no FROM m WHERE type_hint IS NOT NULL GROUP BY ALL)
  GROUP BY entity_id
), street AS (
  SELECT entity_id, arg_min(street_code, (-votes, first_no)) AS street_code
  FROM (SELECT entity_id, street_code, count(*) AS votes, min(mention_no) AS first_no FROM m WHERE street_code IS NOT NULL GROUP BY ALL)
  GROUP BY entity_id
)
SELECT t.entity_id, t.top_no, tm.legal_name AS name, tm.core_name, t.uscc, t.valid,
       coalesce(h.hint, CASE WHEN t.valid AND left(t.uscc, 2) = '11' THEN '机关' WHEN t.valid AND left(t.uscc, 2) = '12' THEN '事业单位' END) AS known_type,
       s.street_code
FROM top t JOIN int_resolve_mentions tm ON tm.mention_no = t.top_no LEFT JOIN hint h USING (entity_id) LEFT JOIN street s USING (entity_id)`;

/** Top spellings whose name must decide their entity's type and have not been classified yet. */
export const UNCLASSIFIED_TOPS_SQL = `
SELECT DISTINCT m.mention_no, m.legal_name FROM __tmp_entity_desc d JOIN int_resolve_mentions m ON m.mention_no = d.top_no
WHERE d.known_type IS NULL AND m.name_class IS NULL`;

/** Stores the classes TypeScript gave (params: mention numbers, classes; '' when the name gives none). */
export const STORE_CLASSES_SQL = `
UPDATE int_resolve_mentions SET name_class = u.name_class
FROM (SELECT unnest(?::INTEGER[]) AS mention_no, unnest(?::VARCHAR[]) AS name_class) u
WHERE int_resolve_mentions.mention_no = u.mention_no`;

/** entities from their description: changed rows updated, new ones added, the rest marked merged or empty. */
export const WRITE_ENTITIES_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_entity_final AS
SELECT d.entity_id, d.name, d.core_name, d.uscc, d.street_code,
       coalesce(d.known_type, nullif(m.name_class, ''), CASE WHEN d.valid THEN '其他' END) AS entity_type
FROM __tmp_entity_desc d JOIN int_resolve_mentions m ON m.mention_no = d.top_no;
UPDATE entities SET name = d.name, core_name = d.core_name, uscc = d.uscc, entity_type = d.entity_type,
  street_code = d.street_code, status = 'active'
FROM __tmp_entity_final d
WHERE entities.entity_id = d.entity_id
  AND (entities.name <> d.name OR entities.core_name <> d.core_name OR entities.uscc IS DISTINCT FROM d.uscc
       OR entities.entity_type IS DISTINCT FROM d.entity_type OR entities.street_code IS DISTINCT FROM d.street_code
       OR entities.status <> 'active');
INSERT INTO entities (entity_id, name, core_name, uscc, entity_type, street_code, status)
SELECT entity_id, name, core_name, uscc, entity_type, street_code, 'active' FROM __tmp_entity_final
WHERE entity_id NOT IN (SELECT entity_id FROM entities);
UPDATE entities SET status = CASE WHEN entity_id IN (SELECT alias_id FROM entity_aliases) THEN 'merged' ELSE 'empty' END
WHERE entity_id NOT IN (SELECT entity_id FROM __tmp_entity_final)
  AND status <> CASE WHEN entity_id IN (SELECT alias_id FROM entity_aliases) THEN 'merged' ELSE 'empty' END;
DROP TABLE __tmp_entity_desc; DROP TABLE __tmp_entity_final;`;
