import type { DuckDBConnection } from '@duckdb/node-api';
import { exec, queryOne, queryRows } from '../store/sql.js';
import { openTableAppender } from '../store/table-appender.js';
import { assignStableIds } from './assign-stable-ids.js';
import {
  ASSIGNED_SQL, CASE_FACTS_SQL, CASE_GROUPS_SQL, CASE_NUMBERS_SQL, CASE_STATUS_SQL, CLAIMS_SQL, FINAL_CASES_SQL, FINAL_RECORDS_SQL, GROUPED_READ_SQL,
  GROUPED_RECORDS_SQL, SWEEPS_SQL, WRITE_CASE_RECORDS_SQL, WRITE_CASES_SQL,
} from './case-sql.js';
import { clusterMatters } from './cluster-matters.js';
import type { StepTimer } from './step-timer.js';

type Kind = 'sme_arrears' | 'wage_arrears';

interface GroupedRecord {
  readonly row_no: number;
  readonly group_no: number;
  readonly wage: boolean;
  readonly anchor: boolean;
  readonly period: string | null;
  readonly project: string | null;
  readonly amount: bigint | null;
  readonly workplace: string | null;
  readonly months: string | null;
}

/** What one case-building run did, per kind. */
export interface CaseRunSummary {
  readonly kind: Kind;
  readonly records: number;
  readonly cases: number;
  readonly created: number;
  readonly merged: number;
  /** Records whose matter this run decided again (new or changed records, or their group changed). */
  readonly decided: number;
}

const PREFIX = { sme_arrears: 'SME', wage_arrears: 'WAGE' } as const;

const RULE_LABEL: Readonly<Record<string, string>> = {
  seed: '首条记录',
  same_matter: '同一欠款方、同一中小企业、项目（合同）相近',
  same_project: '同一用人单位、同一项目（并单）',
  same_parties: '同一欠款方和中小企业，只有一项欠款事项',
  amount_consistent: '同一欠款方和中小企业，诉求金额与摸排金额相符（0.99–1.25 倍，含利息违约金）',
  same_workplace: '同一用人单位、同一工作地点，欠薪期间相合（并单）',
  same_period: '同一用人单位，欠薪期间相合，且该单位只有这一件欠薪案件与之相合',
};

/**
 * Builds SME cases (same debtor, same creditor, same matter) and wage cases (same employer, same
 * project: 并单) for the groups whose records changed: a group of one record is its own case (in
 * SQL); larger groups are split into matters in TypeScript. Every case id a person may have seen
 * is kept; facts are refreshed for the cases touched, statuses for all when the sweeps changed.
 */
export async function buildCases(conn: DuckDBConnection, time: StepTimer): Promise<CaseRunSummary[]> {
  await exec(conn, CASE_GROUPS_SQL);
  await exec(conn, GROUPED_RECORDS_SQL);
  const grouped = await queryRows<GroupedRecord>(conn, GROUPED_READ_SQL);
  time('cases: groups found');
  const assign = await openTableAppender(conn, '__tmp_case_assign');
  let clusterCount = 0;
  try {
    for (let start = 0; start < grouped.length; ) {
      let end = start;
      while (end < grouped.length && grouped[end]!.group_no === grouped[start]!.group_no) end++;
      const slice = grouped.slice(start, end);
      const wage = slice[0]!.wage;
      const { matter, rule, score } = clusterMatters(
        slice.map((r) => ({
          project: r.project, amountFen: r.amount === null ? null : Number(r.amount), period: r.period, anchor: r.anchor,
          workplace: r.workplace, months: r.months,
        })),
        { kind: wage ? 'wage' : 'sme' },
      );
      const base = clusterCount;
      slice.forEach((r, k) => {
        assign.append({ row_no: r.row_no, cluster_no: base + matter[k]!, rule: wage && rule[k] === 'same_matter' ? 'same_project' : rule[k], score: score[k] });
      });
      clusterCount += Math.max(...matter) + 1;
      start = end;
    }
  } finally {
    assign.close();
  }
  await exec(conn, { sql: ASSIGNED_SQL, params: [clusterCount] });
  time('cases: matters clustered');

  const merged = await keepCaseIds(conn);
  time('cases: ids kept');
  await exec(conn, {
    sql: `CREATE OR REPLACE TEMP TABLE __tmp_rule_labels AS SELECT * FROM (VALUES ${Object.keys(RULE_LABEL).map(() => '(?, ?)').join(', ')}) t(rule, label)`,
    params: Object.entries(RULE_LABEL).flat(),
  });
  await exec(conn, WRITE_CASE_RECORDS_SQL);
  time('cases: records written');
  const sweeps = (await queryOne<{ sweeps: string }>(conn, SWEEPS_SQL))!.sweeps;
  const lastSweeps = (await queryOne<{ value: string }>(conn, "SELECT value FROM int_resolve_state WHERE name = 'sweeps'"))?.value;
  await exec(conn, CASE_FACTS_SQL);
  await exec(conn, { sql: CASE_STATUS_SQL, params: [sweeps !== lastSweeps] });
  await exec(conn, WRITE_CASES_SQL);
  await exec(conn, "DELETE FROM int_resolve_state WHERE name = 'sweeps'");
  await exec(conn, { sql: "INSERT INTO int_resolve_state VALUES ('sweeps', ?)", params: [sweeps] });
  time('cases: facts');
  const summary = await queryRows<{ kind: Kind; records: bigint; cases: bigint; created: bigint; decided: bigint }>(conn, `
    WITH k AS (SELECT CASE WHEN case_id LIKE 'SME-%' THEN 'sme_arrears' ELSE 'wage_arrears' END AS kind, * FROM case_records),
    a AS (SELECT kind, count(*) AS records, count(DISTINCT case_id) AS cases FROM k GROUP BY kind),
    f AS (SELECT CASE WHEN case_id LIKE 'SME-%' THEN 'sme_arrears' ELSE 'wage_arrears' END AS kind, count(*) AS decided,
                 count(DISTINCT case_id) FILTER (WHERE created) AS created FROM __tmp_case_final GROUP BY ALL)
    SELECT kind, a.records, a.cases, coalesce(f.created, 0) AS created, coalesce(f.decided, 0) AS decided FROM a LEFT JOIN f USING (kind)`);
  await exec(conn, `DELETE FROM __tmp_case_assign; DELETE FROM __tmp_case_ids;
    DROP TABLE __tmp_case_groups; DROP TABLE __tmp_dirty_groups; DROP TABLE __tmp_dirty_records; DROP TABLE __tmp_grouped;
    DROP TABLE __tmp_assigned; DROP TABLE __tmp_case_final; DROP TABLE __tmp_case_clusters; DROP TABLE __tmp_record_cases; DROP TABLE __tmp_touched_cases; DROP TABLE __tmp_rule_labels`);
  return (['sme_arrears', 'wage_arrears'] as const).map((kind) => {
    const s = summary.find((r) => r.kind === kind);
    return { kind, records: Number(s?.records ?? 0), cases: Number(s?.cases ?? 0), created: Number(s?.created ?? 0), merged: merged[kind], decided: Number(s?.decided ?? 0) };
  });
}

/**
 * Case ids for the clusters whose records had cases: assignStableIds (oldest id kept, the others
 * become aliases, a split's largest part keeps the id); clusters without a past get new ids in SQL.
 */
async function keepCaseIds(conn: DuckDBConnection): Promise<Record<Kind, number>> {
  const numbers = new Map((await queryRows<{ kind: Kind; n: number | null }>(conn, CASE_NUMBERS_SQL)).map((r) => [r.kind, r.n ?? 0]));
  const next: Record<Kind, number> = { sme_arrears: numbers.get('sme_arrears') ?? 0, wage_arrears: numbers.get('wage_arrears') ?? 0 };
  const merged: Record<Kind, number> = { sme_arrears: 0, wage_arrears: 0 };
  const rows = await queryRows<{ cluster_no: number; kind: Kind; period: string | null; case_id: string | null }>(conn, CLAIMS_SQL);
  const thisYear = String(new Date().getFullYear());
  for (const kind of ['sme_arrears', 'wage_arrears'] as const) {
    const mine = rows.filter((r) => r.kind === kind);
    const clusterNos: number[] = [];
    const members: number[][] = [];
    mine.forEach((r, i) => {
      if (clusterNos[clusterNos.length - 1] !== r.cluster_no) {
        clusterNos.push(r.cluster_no);
        members.push([]);
      }
      members[members.length - 1]!.push(i);
    });
    const yearOf = (c: number) => members[c]!.map((i) => mine[i]!.period ?? '').filter(Boolean).sort()[0]?.slice(0, 4) ?? thisYear;
    const stable = assignStableIds(members, (i) => mine[i]!.case_id, (c) => `${PREFIX[kind]}-${yearOf(c)}-${String(++next[kind]).padStart(6, '0')}`);
    const created = new Set(stable.created);
    const ids = await openTableAppender(conn, '__tmp_case_ids');
    try {
      stable.ids.forEach((id, c) => ids.append({ cluster_no: clusterNos[c], case_id: id, created: created.has(id) }));
    } finally {
      ids.close();
    }
    for (const [alias, survivor] of stable.aliases) {
      await exec(conn, { sql: 'INSERT INTO case_aliases (alias_id, case_id) VALUES (?, ?) ON CONFLICT (alias_id) DO UPDATE SET case_id = excluded.case_id', params: [alias, survivor] });
      await exec(conn, { sql: "UPDATE cases SET status = 'merged' WHERE case_id = ?", params: [alias] });
    }
    merged[kind] = stable.aliases.length;
  }
  await exec(conn, { sql: FINAL_CASES_SQL, params: [next.sme_arrears, next.wage_arrears, thisYear] });
  await exec(conn, FINAL_RECORDS_SQL);
  return merged;
}
