import type { DuckDBConnection } from '@duckdb/node-api';
import { exec, queryOne, queryRows, withTransaction } from '../store/sql.js';
import { buildCases, type CaseRunSummary } from './build-cases.js';
import { RESOLVE_RECORDS_SQL } from './records-sql.js';
import { refreshMentions } from './refresh-mentions.js';
import { compareRecords, storeRecords, type RecordChanges } from './refresh-records.js';
import { resolveEntities, type EntityRunSummary } from './resolve-entities.js';
import { stepTimer, type StepTime } from './step-timer.js';

export interface ResolveSummary {
  readonly records: RecordChanges;
  /** True when nothing resolve reads changed since its last run, so nothing was done. */
  readonly unchanged: boolean;
  readonly entities: EntityRunSummary;
  readonly cases: readonly CaseRunSummary[];
  readonly seconds: number;
  /** Where the time went, step by step. */
  readonly steps: readonly StepTime[];
}

// Decisions are append-only: their count and last number say whether a person decided something new.
const DECISIONS_SQL = "SELECT count(*) || ':' || coalesce(max(decision_id), 0) AS mark FROM entity_decisions";

/**
 * The resolve stage: entities, then cases and their sweep-over-sweep observations, in one
 * transaction so a crash leaves the previous resolution whole. Only what changed is worked again:
 * new or changed records, the spellings they bring and the groups they touch; with nothing new
 * (no record and no decision) it stops after reading the records. Running it again changes nothing.
 */
export async function resolveAll(conn: DuckDBConnection): Promise<ResolveSummary> {
  const t0 = performance.now();
  const { time, steps } = stepTimer();
  const done = await withTransaction(conn, async () => {
    const records = await compareRecords(conn, time);
    const decisions = (await queryOne<{ mark: string }>(conn, DECISIONS_SQL))!.mark;
    const lastDecisions = (await queryOne<{ value: string }>(conn, "SELECT value FROM int_resolve_state WHERE name = 'decisions'"))?.value;
    time('decisions read');
    if (records.changed === 0 && records.removed === 0 && decisions === lastDecisions) {
      await exec(conn, 'DROP TABLE __tmp_records');
      return { records, unchanged: true, ...(await unchangedSummary(conn)) };
    }
    await storeRecords(conn, time);
    const fresh = await refreshMentions(conn);
    await exec(conn, RESOLVE_RECORDS_SQL);
    time('entities: new spellings normalised');
    const entities = await resolveEntities(conn, fresh, time);
    const cases = await buildCases(conn, time);
    await exec(conn, 'DROP TABLE __tmp_resolve_records; DROP TABLE __tmp_left_groups; DROP TABLE __tmp_removed_records; DELETE FROM __tmp_entity_assign');
    await exec(conn, "DELETE FROM int_resolve_state WHERE name = 'decisions'");
    await exec(conn, { sql: "INSERT INTO int_resolve_state VALUES ('decisions', ?)", params: [decisions] });
    return { records, unchanged: false, entities, cases };
  });
  time('committed');
  return { ...done, seconds: (performance.now() - t0) / 1000, steps };
}

async function unchangedSummary(conn: DuckDBConnection): Promise<{ entities: EntityRunSummary; cases: CaseRunSummary[] }> {
  const e = (await queryOne<{ mentions: bigint; entities: bigint }>(conn, 'SELECT count(*) AS mentions, count(DISTINCT entity_id) AS entities FROM entity_members'))!;
  const c = await queryRows<{ kind: 'sme_arrears' | 'wage_arrears'; records: bigint; cases: bigint }>(conn, `
    SELECT c.kind, count(*) AS records, count(DISTINCT cr.case_id) AS cases
    FROM case_records cr JOIN cases c USING (case_id) GROUP BY c.kind`);
  return {
    entities: { mentions: Number(e.mentions), entities: Number(e.entities), created: 0, merged: 0, edges: 0, newMentions: 0, newPairs: 0 },
    cases: (['sme_arrears', 'wage_arrears'] as const).map((kind) => {
      const k = c.find((r) => r.kind === kind);
      return { kind, records: Number(k?.records ?? 0), cases: Number(k?.cases ?? 0), created: 0, merged: 0, decided: 0 };
    }),
  };
}
