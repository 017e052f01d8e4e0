import type { DuckDBConnection } from '@duckdb/node-api';
import { exec, queryOne, queryRows } from '../store/sql.js';
import { openTableAppender } from '../store/table-appender.js';
import { arrearsMonths, projectInText, workplaceKey } from './matter-facts.js';
import { CURRENT_RECORDS_SQL, RECORD_CHANGES_SQL, RESOLVE_RECORDS_SQL, STORE_RECORDS_SQL, TEXTS_TO_READ_SQL } from './records-sql.js';
import type { StepTimer } from './step-timer.js';

/** How the stored records differ from what resolve read last time. */
export interface RecordChanges {
  readonly records: number;
  /** New records, and records whose parties, matter, amount or file status changed. */
  readonly changed: number;
  /** Records resolve read before that are gone (their file was deleted, or a work order's file is no longer current). */
  readonly removed: number;
}

interface Text {
  readonly record_id: string;
  readonly kind: string;
  readonly source: string;
  readonly address: string | null;
  readonly text: string | null;
}

/**
 * Reads every record's key fields in SQL into __tmp_records and finds the new, changed and
 * vanished ones by their hash.
 */
export async function compareRecords(conn: DuckDBConnection, time: StepTimer): Promise<RecordChanges> {
  await exec(conn, CURRENT_RECORDS_SQL);
  const counts = (await queryOne<{ records: bigint; changed: bigint; removed: bigint }>(conn, RECORD_CHANGES_SQL))!;
  time('records: read and compared');
  return { records: Number(counts.records), changed: Number(counts.changed), removed: Number(counts.removed) };
}

/**
 * Reads the texts of the changed records only (a complaint's project and arrears months, a lead's
 * workplace and months), brings int_resolve_records up to date and leaves every record, as the
 * rest of the run reads it, in __tmp_resolve_records.
 */
export async function storeRecords(conn: DuckDBConnection, changes: RecordChanges, time: StepTimer): Promise<void> {
  if (changes.changed > 0) {
    const texts = await queryRows<Text>(conn, TEXTS_TO_READ_SQL);
    const facts = await openTableAppender(conn, '__tmp_record_facts');
    try {
      for (const t of texts) {
        const wage = t.kind === 'wage_arrears';
        facts.append({
          record_id: t.record_id,
          workplace: workplaceKey(t.address),
          text_project: t.source === 'complaint' ? projectInText(t.text) : null,
          months: wage ? arrearsMonths(t.text) : null,
        });
      }
    } finally {
      facts.close();
    }
    time('records: texts read');
  }
  await exec(conn, STORE_RECORDS_SQL);
  await exec(conn, RESOLVE_RECORDS_SQL);
  time('records: stored');
}
