import type { DuckDBConnection } from '@duckdb/node-api';
import { exec, queryOne, queryRows } from '../store/sql.js';
import { openTableAppender } from '../store/table-appender.js';
import { arrearsMonths, projectInText, workplaceKey } from './matter-facts.js';
import { CURRENT_RECORDS_SQL, RECORD_CHANGES_SQL, STORE_RECORDS_SQL, TEXTS_SQL } from './records-sql.js';
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
  readonly row_no: number;
  readonly complaint: boolean;
  readonly wage: boolean;
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
 * workplace and months) and brings int_resolve_records up to date; __tmp_records stays for the
 * spellings and RESOLVE_RECORDS_SQL.
 */
export async function storeRecords(conn: DuckDBConnection, time: StepTimer): Promise<void> {
  await exec(conn, TEXTS_SQL);
  const texts = await queryRows<Text>(conn, 'SELECT row_no, complaint, wage, address, text FROM __tmp_texts');
  const facts = await openTableAppender(conn, '__tmp_record_facts');
  try {
    for (const t of texts) {
      facts.append({
        row_no: t.row_no,
        workplace: workplaceKey(t.address),
        text_project: t.complaint ? projectInText(t.text) : null,
        months: t.wage ? arrearsMonths(t.text) : null,
      });
    }
  } finally {
    facts.close();
  }
  time('records: texts read');
  await exec(conn, STORE_RECORDS_SQL);
  time('records: stored');
}
