import type { DuckDBConnection } from '@duckdb/node-api';
import { withTransaction } from '../store/sql.js';
import { buildCases, type CaseRunSummary } from './build-cases.js';
import { resolveEntities, type EntityRunSummary } from './resolve-entities.js';

export interface ResolveSummary {
  readonly entities: EntityRunSummary;
  readonly cases: readonly CaseRunSummary[];
  readonly seconds: number;
}

/**
 * The resolve stage: entities, then cases and their sweep-over-sweep observations, in one
 * transaction so a crash leaves the previous resolution whole. Running it again changes nothing.
 */
export async function resolveAll(conn: DuckDBConnection): Promise<ResolveSummary> {
  const t0 = performance.now();
  return withTransaction(conn, async () => {
    const entities = await resolveEntities(conn);
    const cases = await buildCases(conn);
    return { entities, cases, seconds: (performance.now() - t0) / 1000 };
  });
}
