import type { DuckDBConnection } from '@duckdb/node-api';
import { projectCore } from '../resolve/cluster-matters.js';
import { exec, queryRows } from '../store/sql.js';
import { openTableAppender } from '../store/table-appender.js';
import { PARTY_LINKS_SQL, PROJECTS_SQL } from './links-sql.js';

/** How many links of each type a run made, and how many project names were too common to link by. */
export type LinkSummary = Readonly<Record<'upstream' | 'same_debtor' | 'same_project' | 'too_common_projects', number>>;

// A project core shorter than this (e.g. 装修) says too little to tie two cases together.
const MIN_PROJECT_CORE = 6;
/**
 * A project name that would tie more SME–wage case pairs than this is one many projects share
 * (街道体育公园装修工程 in a city-wide sweep), not evidence of one project: like a blocking key
 * shared by too many names, it links nothing by itself (the party links still apply). The
 * 20,000-row district sample has none; a 1,000,000-row city sweep would otherwise make 8 million links.
 */
export const MAX_PROJECT_PAIRS = 1000;

/**
 * Rebuilds the links between the two agencies' cases: upstream (the wage case's employer is the
 * SME case's creditor), same_debtor (the SME debtor is the wage project's developer or general
 * contractor) and same_project (the same project or contract by name, unless the name is too
 * common to mean one project: see MAX_PROJECT_PAIRS).
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
  const wageByCore = new Map<string, Set<string>>();
  for (const p of projects) {
    if (p.kind !== 'wage_arrears') continue;
    const core = projectCore(p.project);
    if (smeByCore.has(core)) (wageByCore.get(core) ?? wageByCore.set(core, new Set()).get(core)!).add(p.case_id);
  }
  let tooCommon = 0;
  for (const [core, wages] of wageByCore) {
    if (wages.size * smeByCore.get(core)!.size <= MAX_PROJECT_PAIRS) continue;
    smeByCore.delete(core);
    tooCommon++;
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
  const counts = await queryRows<{ link_type: 'upstream' | 'same_debtor' | 'same_project'; n: bigint }>(conn, 'SELECT link_type, count(*) AS n FROM links GROUP BY 1');
  const summary = { upstream: 0, same_debtor: 0, same_project: 0, too_common_projects: tooCommon };
  for (const c of counts) summary[c.link_type] = Number(c.n);
  return summary;
}

/**
 * What a summary line adds when project names were set aside as too common: '' when none were.
 * @example tooCommonProjectsNote({ upstream: 1, same_debtor: 0, same_project: 2, too_common_projects: 3 }) //=> '（3 个项目名称过于常见，不单凭名称关联）'
 */
export function tooCommonProjectsNote(links: LinkSummary): string {
  return links.too_common_projects > 0 ? `（${links.too_common_projects} 个项目名称过于常见，不单凭名称关联）` : '';
}
