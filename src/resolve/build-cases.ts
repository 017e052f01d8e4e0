import type { DuckDBConnection } from '@duckdb/node-api';
import { exec, queryOne, queryRows } from '../store/sql.js';
import { openTableAppender } from '../store/table-appender.js';
import { assignStableIds } from './assign-stable-ids.js';
import { CASE_FACTS_SQL, SME_RECORDS_SQL, WAGE_RECORDS_SQL } from './case-records-sql.js';
import { clusterMatters } from './cluster-matters.js';

interface CaseRecord {
  readonly record_id: string;
  readonly source: string;
  readonly period: string | null;
  readonly project: string | null;
  readonly amount: bigint | null;
  readonly group: string;
}

/** What one case-building run did, per kind. */
export interface CaseRunSummary {
  readonly kind: 'sme_arrears' | 'wage_arrears';
  readonly records: number;
  readonly cases: number;
  readonly created: number;
  readonly merged: number;
}

const PREFIX = { sme_arrears: 'SME', wage_arrears: 'WAGE' } as const;

/**
 * Builds SME cases (same debtor, same creditor, same matter) and wage cases (same employer, same
 * project: 并单), keeping every case id a person may have seen, then refreshes case facts.
 */
export async function buildCases(conn: DuckDBConnection): Promise<CaseRunSummary[]> {
  const sme = await queryRows<CaseRecord & { debtor: string; creditor: string }>(conn, SME_RECORDS_SQL);
  const wage = await queryRows<CaseRecord & { employer: string }>(conn, WAGE_RECORDS_SQL);
  const summaries = [
    await buildKind(conn, 'sme_arrears', sme.map((r) => ({ ...r, group: `${r.debtor}>${r.creditor}` }))),
    await buildKind(conn, 'wage_arrears', wage.map((r) => ({ ...r, group: r.employer }))),
  ];
  await exec(conn, CASE_FACTS_SQL);
  return summaries;
}

async function buildKind(conn: DuckDBConnection, kind: keyof typeof PREFIX, records: readonly CaseRecord[]): Promise<CaseRunSummary> {
  const clusters: number[][] = [];
  const why = new Map<number, { rule: string; score: number }>();
  let start = 0;
  while (start < records.length) {
    let end = start;
    while (end < records.length && records[end]!.group === records[start]!.group) end++;
    const slice = records.slice(start, end);
    const { matter, rule, score } = clusterMatters(
      slice.map((r) => ({ project: r.project, amountFen: r.amount === null ? null : Number(r.amount), period: r.period, anchor: r.source !== 'complaint' })),
      { kind: kind === 'wage_arrears' ? 'wage' : 'sme' },
    );
    const local = new Map<number, number[]>();
    matter.forEach((m, k) => {
      (local.get(m) ?? local.set(m, []).get(m)!).push(start + k);
      why.set(start + k, { rule: kind === 'wage_arrears' && rule[k] === 'same_matter' ? 'same_project' : rule[k]!, score: score[k]! });
    });
    clusters.push(...local.values());
    start = end;
  }
  const previous = new Map(
    (await queryRows<{ record_id: string; case_id: string }>(conn, { sql: 'SELECT record_id, case_id FROM case_records WHERE case_id LIKE ?', params: [`${PREFIX[kind]}-%`] })).map((r) => [r.record_id, r.case_id]),
  );
  const maxRow = await queryOne<{ n: number | null }>(conn, { sql: 'SELECT max(CAST(regexp_extract(case_id, \'(\\d+)$\', 1) AS INTEGER)) AS n FROM cases WHERE kind = ?', params: [kind] });
  let next = maxRow?.n ?? 0;
  const yearOf = (cluster: readonly number[]) => cluster.map((i) => records[i]!.period ?? '').filter(Boolean).sort()[0]?.slice(0, 4) ?? String(new Date().getFullYear());
  // A new case id carries the year of its first record: SME-2026-000123.
  const stable = assignStableIds(clusters, (i) => previous.get(records[i]!.record_id) ?? null, (c) => `${PREFIX[kind]}-${yearOf(clusters[c]!)}-${String(++next).padStart(6, '0')}`);
  const ids = stable.ids;
  const created = new Set(stable.created);

  await exec(conn, { sql: 'DELETE FROM case_records WHERE case_id LIKE ?', params: [`${PREFIX[kind]}-%`] });
  const appender = await openTableAppender(conn, 'case_records');
  try {
    clusters.forEach((cluster, c) => {
      for (const i of cluster) {
        const w = why.get(i)!;
        appender.append({ record_id: records[i]!.record_id, case_id: ids[c], source: records[i]!.source, rule: w.rule, score: w.score, evidence: RULE_LABEL[w.rule] ?? w.rule });
      }
    });
  } finally {
    appender.close();
  }
  const newCases = await openTableAppender(conn, 'cases');
  try {
    for (const [c, id] of ids.entries()) {
      if (!created.has(id)) continue;
      const first = records[clusters[c]!.find((i) => records[i]!.project) ?? clusters[c]![0]!]!;
      newCases.append({ case_id: id, kind, matter: first.project, status: 'open', record_count: 0 });
    }
  } finally {
    newCases.close();
  }
  for (const [alias, survivor] of stable.aliases) {
    await exec(conn, { sql: 'INSERT INTO case_aliases (alias_id, case_id) VALUES (?, ?) ON CONFLICT (alias_id) DO UPDATE SET case_id = excluded.case_id', params: [alias, survivor] });
    await exec(conn, { sql: "UPDATE cases SET status = 'merged' WHERE case_id = ?", params: [alias] });
  }
  return { kind, records: records.length, cases: clusters.length, created: stable.created.length, merged: stable.aliases.length };
}

const RULE_LABEL: Readonly<Record<string, string>> = {
  seed: '首条记录',
  same_matter: '同一欠款方、同一中小企业、项目（合同）相近',
  same_project: '同一用人单位、同一项目（并单）',
  same_parties: '同一欠款方和中小企业，只有一项欠款事项',
  amount_consistent: '同一欠款方和中小企业，诉求金额与摸排金额相符（0.99–1.25 倍，含利息违约金）',
};

