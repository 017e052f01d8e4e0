import { runningNumberSql } from '../store/readable-id.js';

// An entity's number: ENT-000123 → 123.
const entityNo = (e: string) => `CAST(substr(${e}.entity_id, 5) AS BIGINT)`;

/**
 * Each record's group now, as a number (SME: debtor and creditor entity numbers, debtor·2³¹ +
 * creditor; wage: the negated employer number, less one; from this run's __tmp_entity_assign),
 * beside the group it was in after the last run. A record with no group (a party without an
 * entity, an SME complaint from a person) belongs to no case.
 */
export const CASE_GROUPS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_case_groups AS
SELECT r.rno, r.kind, r.group_key AS old_key,
       CASE WHEN r.kind = 'sme_arrears' AND d.entity_id IS NOT NULL AND c.entity_id IS NOT NULL THEN ${entityNo('d')} * 2147483648 + ${entityNo('c')}
            WHEN r.kind = 'wage_arrears' AND e.entity_id IS NOT NULL THEN -1 - ${entityNo('e')} END AS new_key
FROM __tmp_resolve_records r
LEFT JOIN __tmp_entity_assign d ON d.mention_no = r.debtor_no
LEFT JOIN __tmp_entity_assign c ON c.mention_no = r.creditor_no
LEFT JOIN __tmp_entity_assign e ON e.mention_no = r.employer_no;
CREATE OR REPLACE TEMP TABLE __tmp_dirty_groups AS
SELECT new_key AS group_key FROM __tmp_case_groups WHERE new_key IS NOT NULL AND new_key IS DISTINCT FROM old_key
UNION SELECT old_key FROM __tmp_case_groups WHERE old_key IS NOT NULL AND new_key IS DISTINCT FROM old_key
UNION SELECT group_key FROM __tmp_left_groups WHERE group_key IS NOT NULL;
CREATE OR REPLACE TEMP TABLE __tmp_dirty_records AS
SELECT g.rno, g.new_key AS group_key, count(*) OVER (PARTITION BY g.new_key) AS group_size
FROM __tmp_case_groups g JOIN __tmp_dirty_groups dg ON dg.group_key = g.new_key`;

/**
 * The records of groups with more than one record, numbered group by group (row_no, group_no) so
 * that matter clustering reads and answers in numbers, as it reads them.
 */
export const GROUPED_RECORDS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_grouped AS
SELECT row_number() OVER (ORDER BY group_key, rno)::INTEGER AS row_no, dense_rank() OVER (ORDER BY group_key)::INTEGER AS group_no, rno
FROM __tmp_dirty_records WHERE group_size > 1`;

/** The numbered records of groups with more than one record, as matter clustering reads them. */
export const GROUPED_READ_SQL = `
SELECT g.row_no, g.group_no, r.kind = 'wage_arrears' AS wage, r.source <> 'complaint' AS anchor, r.period,
       coalesce(r.project, r.text_project) AS project, r.amount_fen AS amount, r.workplace, r.months
FROM __tmp_grouped g JOIN __tmp_resolve_records r USING (rno) ORDER BY g.row_no`;

/**
 * Every record to decide with its cluster: those clustered in TypeScript (by row_no), and each
 * group of one record as its own case (clusters numbered from ?).
 */
export const ASSIGNED_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_assigned AS
SELECT g.rno, a.cluster_no, a.rule, a.score FROM __tmp_case_assign a JOIN __tmp_grouped g USING (row_no)
UNION ALL
SELECT rno, (? + row_number() OVER (ORDER BY rno) - 1)::INTEGER, 'seed', 1.0 FROM __tmp_dirty_records WHERE group_size = 1`;

/** Clusters holding records that had a case: every member, with its case id if it had one, for assignStableIds. */
export const CLAIMS_SQL = `
WITH claiming AS (SELECT DISTINCT a.cluster_no FROM __tmp_assigned a JOIN __tmp_resolve_records r USING (rno) WHERE r.prev_case IS NOT NULL)
SELECT a.cluster_no, r.kind, r.period, r.prev_case AS case_id
FROM __tmp_assigned a JOIN claiming USING (cluster_no) JOIN __tmp_resolve_records r USING (rno)
ORDER BY a.cluster_no, a.rno`;

/** The highest case number in use per kind: new ids count on from it. */
export const CASE_NUMBERS_SQL = `
SELECT kind, max(${runningNumberSql('case_id')}) AS n FROM cases GROUP BY kind`;

const pad6 = (n: string) => `lpad(${n}::VARCHAR, greatest(6, length(${n}::VARCHAR))::INTEGER, '0')`;

/**
 * Every decided record with its case id: the one assignStableIds chose, else a new id numbered on
 * from the kind's highest (params: SME base, wage base, this year) with the year of the cluster's
 * first period.
 */
export const FINAL_CASES_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_case_clusters AS
WITH c AS (
  SELECT a.cluster_no, any_value(r.kind) AS kind, min(nullif(r.period, '')) AS first_period,
         arg_min(coalesce(r.project, r.text_project), a.rno) FILTER (WHERE coalesce(r.project, r.text_project, '') <> '') AS matter
  FROM __tmp_assigned a JOIN __tmp_resolve_records r USING (rno) GROUP BY a.cluster_no
), fresh AS (
  SELECT c.*, row_number() OVER (PARTITION BY kind ORDER BY cluster_no) + CASE kind WHEN 'sme_arrears' THEN ?::INTEGER ELSE ?::INTEGER END AS num
  FROM c WHERE cluster_no NOT IN (SELECT cluster_no FROM __tmp_case_ids)
), ids AS (
  SELECT cluster_no, case_id, created FROM __tmp_case_ids
  UNION ALL
  SELECT cluster_no,
         CASE kind WHEN 'sme_arrears' THEN 'SME' ELSE 'WAGE' END || '-' || coalesce(left(first_period, 4), ?::VARCHAR) || '-' || ${pad6('num')}, true
  FROM fresh
)
SELECT i.cluster_no, i.case_id, i.created, c.kind, c.matter FROM ids i JOIN c USING (cluster_no)`;

/** Every decided record with its case id. */
export const FINAL_RECORDS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_case_final AS
SELECT a.rno, i.case_id, i.created, a.rule, a.score FROM __tmp_assigned a JOIN __tmp_case_clusters i USING (cluster_no)`;

/**
 * case_records from this run's decisions: rows that changed are replaced (the rest keep their
 * assigned_at), records that left every case (no group now, or gone from the store) leave; the
 * cases touched (old and new ids) are kept in __tmp_touched_cases for their facts, and each
 * record's case now in __tmp_record_cases. New and changed records go back into
 * int_resolve_records with their groups; the others' groups are updated where they changed.
 */
export const WRITE_CASE_RECORDS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_record_cases AS
SELECT r.rno, r.record_id, r.prev_case, f.case_id AS decided_case, f.rule, f.score,
       CASE WHEN f.rno IS NOT NULL THEN f.case_id WHEN g.new_key IS NULL THEN NULL ELSE r.prev_case END AS case_id,
       f.rno IS NOT NULL AND (r.prev_case IS NULL OR r.prev_case <> f.case_id OR r.prev_rule <> f.rule OR r.prev_score <> f.score) AS rewritten
FROM __tmp_resolve_records r LEFT JOIN __tmp_case_final f USING (rno) LEFT JOIN __tmp_case_groups g USING (rno);
CREATE OR REPLACE TEMP TABLE __tmp_leaving AS
SELECT record_id, prev_case AS case_id FROM __tmp_record_cases WHERE prev_case IS NOT NULL AND (rewritten OR case_id IS NULL)
UNION ALL
SELECT cr.record_id, cr.case_id FROM case_records cr JOIN __tmp_removed_records USING (record_id);
CREATE OR REPLACE TEMP TABLE __tmp_touched_cases AS
SELECT case_id FROM __tmp_leaving UNION SELECT case_id FROM __tmp_case_final;
DELETE FROM case_records WHERE record_id IN (SELECT record_id FROM __tmp_leaving);
INSERT INTO case_records (record_id, case_id, source, rule, score, evidence)
SELECT c.record_id, c.decided_case, r.source, c.rule, c.score, coalesce(l.label, c.rule)
FROM __tmp_record_cases c JOIN __tmp_resolve_records r USING (rno) LEFT JOIN __tmp_rule_labels l ON l.rule = c.rule
WHERE c.rewritten;
INSERT INTO int_resolve_records
SELECT r.record_id, r.sig, r.workplace, r.text_project, r.months, g.new_key
FROM __tmp_resolve_records r JOIN __tmp_case_groups g USING (rno) WHERE r.is_new;
UPDATE int_resolve_records SET group_key = u.new_key
FROM (SELECT r.record_id, g.new_key FROM __tmp_case_groups g JOIN __tmp_resolve_records r USING (rno)
      WHERE NOT r.is_new AND g.new_key IS DISTINCT FROM g.old_key) u
WHERE int_resolve_records.record_id = u.record_id;
DROP TABLE __tmp_leaving;`;

/**
 * Facts of the touched cases from their current records: observations per sweep (the largest
 * report when several streets report one matter), then amounts, parties, periods and counts, and
 * the status their latest sweep-over-sweep change gives: for every SME case when the sweeps
 * changed (a case missing from a new sweep has disappeared), else for the touched ones (param:
 * whether to take all). New cases are opened with their facts and their first project as the
 * matter; known ones are updated where a fact changed.
 */
export const CASE_FACTS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_touched_records AS
SELECT c.case_id, r.source, r.period, r.amount_fen, r.undisputed_fen, r.disputed_fen, r.cleared_fen, r.workers, r.reporter,
       r.debtor_no, r.creditor_no, r.employer_no
FROM __tmp_record_cases c SEMI JOIN __tmp_touched_cases USING (case_id) JOIN __tmp_resolve_records r USING (rno)
WHERE r.is_current;
DELETE FROM case_observations WHERE case_id IN (SELECT case_id FROM __tmp_touched_cases);
INSERT INTO case_observations
SELECT case_id, period, max(amount_fen), max(undisputed_fen), max(disputed_fen), max(cleared_fen), count(*)
FROM __tmp_touched_records WHERE source = 'survey' AND period IS NOT NULL
GROUP BY case_id, period;

CREATE OR REPLACE TEMP TABLE __tmp_case_facts AS
WITH recs AS (
  SELECT r.case_id, r.period, r.amount_fen, d.entity_id AS debtor, c.entity_id AS creditor, e.entity_id AS employer
  FROM __tmp_touched_records r
  LEFT JOIN __tmp_entity_assign d ON d.mention_no = r.debtor_no
  LEFT JOIN __tmp_entity_assign c ON c.mention_no = r.creditor_no
  LEFT JOIN __tmp_entity_assign e ON e.mention_no = r.employer_no
), latest AS (
  SELECT o.* FROM case_observations o JOIN __tmp_touched_cases USING (case_id)
  QUALIFY row_number() OVER (PARTITION BY case_id ORDER BY period DESC) = 1
), wage AS (
  SELECT case_id, max(workers) AS workers, count(DISTINCT reporter) AS reporters
  FROM __tmp_touched_records WHERE source = 'wage_lead' GROUP BY case_id
)
SELECT r.case_id, count(*)::INTEGER AS record_count, min(r.period) AS first_period, max(r.period) AS last_period,
       any_value(r.debtor) AS debtor, any_value(r.creditor) AS creditor, any_value(r.employer) AS employer,
       coalesce(any_value(l.amount_owed_fen), max(r.amount_fen)) AS owed, any_value(l.amount_cleared_fen) AS cleared,
       any_value(l.undisputed_fen) AS undisputed, any_value(l.disputed_fen) AS disputed,
       any_value(w.workers) AS workers, any_value(w.reporters) AS reporters
FROM recs r LEFT JOIN latest l USING (case_id) LEFT JOIN wage w USING (case_id)
GROUP BY r.case_id;
DROP TABLE __tmp_touched_records`;

/** Statuses from the latest sweep-over-sweep change (param: for every case, else for the touched ones). */
export const CASE_STATUS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_case_status AS
SELECT case_id, CASE change WHEN 'cleared' THEN 'cleared' WHEN 'disappeared' THEN 'disappeared' ELSE 'open' END AS status
FROM case_changes_v WHERE ? OR case_id IN (SELECT case_id FROM __tmp_touched_cases)
QUALIFY row_number() OVER (PARTITION BY case_id ORDER BY period DESC) = 1`;

/** New cases opened with their facts and status, first project as the matter; known ones updated where a fact changed. */
export const WRITE_CASES_SQL = `
INSERT INTO cases (case_id, kind, matter, status, record_count, first_period, last_period, debtor_entity_id, creditor_entity_id,
  employer_entity_id, amount_owed_fen, amount_cleared_fen, undisputed_fen, disputed_fen, workers, reporters)
SELECT n.case_id, n.kind, n.matter, coalesce(st.status, 'open'), coalesce(t.record_count, 0), t.first_period, t.last_period,
       t.debtor, t.creditor, t.employer, t.owed, t.cleared, t.undisputed, t.disputed, t.workers, t.reporters
FROM __tmp_case_clusters n LEFT JOIN __tmp_case_facts t USING (case_id) LEFT JOIN __tmp_case_status st USING (case_id)
WHERE n.created AND n.case_id NOT IN (SELECT case_id FROM cases);

UPDATE cases SET record_count = t.record_count, first_period = t.first_period, last_period = t.last_period,
  debtor_entity_id = t.debtor, creditor_entity_id = t.creditor, employer_entity_id = t.employer,
  amount_owed_fen = t.owed, amount_cleared_fen = t.cleared, undisputed_fen = t.undisputed, disputed_fen = t.disputed,
  workers = t.workers, reporters = t.reporters
FROM __tmp_case_facts t
WHERE cases.case_id = t.case_id
  AND (cases.record_count <> t.record_count OR cases.first_period IS DISTINCT FROM t.first_period OR cases.last_period IS DISTINCT FROM t.last_period
       OR cases.debtor_entity_id IS DISTINCT FROM t.debtor OR cases.creditor_entity_id IS DISTINCT FROM t.creditor
       OR cases.employer_entity_id IS DISTINCT FROM t.employer OR cases.amount_owed_fen IS DISTINCT FROM t.owed
       OR cases.amount_cleared_fen IS DISTINCT FROM t.cleared OR cases.undisputed_fen IS DISTINCT FROM t.undisputed
       OR cases.disputed_fen IS DISTINCT FROM t.disputed OR cases.workers IS DISTINCT FROM t.workers OR cases.reporters IS DISTINCT FROM t.reporters);

UPDATE cases SET record_count = 0
WHERE case_id IN (SELECT case_id FROM __tmp_touched_cases) AND case_id NOT IN (SELECT case_id FROM __tmp_case_facts)
  AND status <> 'merged' AND record_count <> 0;

UPDATE cases SET status = st.status FROM __tmp_case_status st
WHERE cases.case_id = st.case_id AND cases.status <> 'merged' AND cases.status <> st.status;
DROP TABLE __tmp_case_facts; DROP TABLE __tmp_case_status;`;

/** The sweeps the store holds now: when they change, every case's status is looked at again. */
export const SWEEPS_SQL = `
SELECT coalesce(string_agg(DISTINCT period, ',' ORDER BY period), '') AS sweeps FROM files
WHERE source = 'survey' AND status = 'loaded' AND period IS NOT NULL`;
