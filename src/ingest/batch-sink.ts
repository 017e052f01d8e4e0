import type { DuckDBConnection } from '@duckdb/node-api';
import { openTableAppender, type AppenderColumns, type TableAppender } from '../store/table-appender.js';
import { STG_TABLE, type RowCounts } from './land-file.js';
import { RAW_COLUMNS, REJECT_COLUMNS, type RowBatch } from './row-batch.js';

/**
 * Rows after which the appenders hand what they hold to the table. An appender keeps up to 200k
 * rows to itself otherwise, all in memory; in the table, DuckDB writes each full row group to the
 * file as it goes (still inside the transaction), which keeps a large file's memory bounded.
 */
const FLUSH_ROWS = 16_384;

/**
 * Writes row batches of one file through DuckDB appenders (inside the caller's transaction) and
 * keeps the file's counts. Appenders open on first use and are closed by `close`, in `finally`.
 */
export class BatchSink {
  private readonly appenders = new Map<string, TableAppender>();
  private read = 0;
  private accepted = 0;
  private rejected = 0;
  private skipped = 0;
  private flushedAt = 0;
  private readonly skippedByKind: Record<string, number> = {};

  constructor(
    private readonly conn: DuckDBConnection,
    private readonly fileId: number,
    private readonly known?: AppenderColumns,
  ) {}

  async add(batch: RowBatch): Promise<void> {
    const width = RAW_COLUMNS.length;
    const { raw } = batch;
    if (this.read - this.flushedAt >= FLUSH_ROWS) {
      for (const a of this.appenders.values()) a.flush();
      this.flushedAt = this.read;
    }
    for (let i = 0; i < raw.length; i += width) {
      this.read++;
      const disposition = raw[i + 2];
      if (disposition === 'accepted') this.accepted++;
      else if (disposition === 'rejected') this.rejected++;
      else {
        this.skipped++;
        const kind = raw[i + 3] as string;
        this.skippedByKind[kind] = (this.skippedByKind[kind] ?? 0) + 1;
      }
    }
    const overrides = { file_id: this.fileId };
    if (raw.length > 0) (await this.appender('raw_rows')).appendFlat(RAW_COLUMNS, raw, overrides);
    if (batch.rejects.length > 0) (await this.appender('rejects')).appendFlat(REJECT_COLUMNS, batch.rejects, overrides);
    if (batch.stg.length > 0) (await this.appender(STG_TABLE[batch.source!])).appendFlat(batch.stgColumns, batch.stg, overrides);
  }

  counts(): RowCounts {
    return { read: this.read, accepted: this.accepted, rejected: this.rejected, skipped: this.skipped, skippedByKind: { ...this.skippedByKind } };
  }

  /** Flushes and closes every appender; the first failure is rethrown after all are closed. */
  close(): void {
    let failure: unknown;
    for (const a of this.appenders.values()) {
      try {
        a.close();
      } catch (err) {
        failure ??= err;
      }
    }
    this.appenders.clear();
    if (failure) throw failure;
  }

  private async appender(table: string): Promise<TableAppender> {
    let a = this.appenders.get(table);
    if (!a) this.appenders.set(table, (a = await openTableAppender(this.conn, table, this.known)));
    return a;
  }
}
