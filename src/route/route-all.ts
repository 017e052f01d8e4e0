import type { DuckDBConnection } from '@duckdb/node-api';
import { buildLinks, type LinkSummary } from '../link/build-links.js';
import { withTransaction } from '../store/sql.js';
import { loadRules } from './load-rules.js';
import { routeCases, type RuleOutcome } from './route-cases.js';

export interface RouteSummary {
  readonly links: LinkSummary;
  readonly rulesVersion: string;
  readonly rules: readonly RuleOutcome[];
}

/** The link and route stages in one transaction: links rebuilt, then the rules applied as of a day. */
export async function routeAll(conn: DuckDBConnection, asOf: string, rulesPath?: string): Promise<RouteSummary> {
  const rules = loadRules(rulesPath);
  return withTransaction(conn, async () => {
    const links = await buildLinks(conn);
    const outcomes = await routeCases(conn, rules, asOf);
    return { links, rulesVersion: rules.version, rules: outcomes };
  });
}
