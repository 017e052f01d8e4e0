import type { DuckDBConnection } from '@duckdb/node-api';
import { projectCore } from '../resolve/cluster-matters.js';
import { exec, queryRows } from '../store/sql.js';
import { openTableAppender } from '../store/table-appender.js';
import { PARTY_LINKS_SQL, PROJECTS_SQL } from './links-sql.js';

/** How many links of each type a run made. */
export type LinkSummary = Readonly<Record<'upstream' | 'same_debtor' | 'same_project', number>>;

// A project core shorter than this (e.g. 装修) says too little to tie two cases together.
const MIN_PROJECT_CORE = 6;

/**
 * Rebuilds the links between the two agencies' cases: upstream (the wage case's employer is the
 * SME case's creditor), same_debtor (the SME debtor is the wage project's developer or general
 * contractor) and same_project (the same project or contract by name).
 */
export async function buildLinks(conn: DuckDBConnection): Promise<LinkSummary> {
  await exec(conn, PARTY_LINKS_SQL);
  const projects = await queryRows<{ case_id: string; kind: string; project: string }>(conn, PROJECTS_SQL);
  const smeByCore = new Map<string, Set<string>>();
  for (const p of projects) {
    if (p.kind !== 'sme_arrears') continue;
    const core = projectCore(p.project);
    if (core.length >= MIN_PROJECT_CORE) (smeByCore.get(core) ?? smeByCore.set(core, new Set()).get(core)!).add(p.case_id);
  }
  const seen = new Set<string>();
  const appender = await openTableAppender(conn, 'links');
  try {
    for (const p of projects) {
      if (p.kind !== 'wage_arrears') continue;
      for (const sme of smeByCore.get(projectCore(p.project)) ?? []) {
        const key = `${sme}|${p.case_id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        appender.append({ sme_case_id: sme, wage_case_id: p.case_id, link_type: 'same_project', score: 0.8, reason: `同一项目：「${p.project}」` });
      }
    }
  } finally {
    appender.close();
  }
  const counts = await queryRows<{ link_type: keyof LinkSummary; n: bigint }>(conn, 'SELECT link_type, count(*) AS n FROM links GROUP BY 1');
  const summary = { upstream: 0, same_debtor: 0, same_project: 0 };
  for (const c of counts) summary[c.link_type] = Number(c.n);
  return summary;
}
