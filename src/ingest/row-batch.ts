import type { SourceKind } from '../../schemas/header-aliases.js';
import type { RowResult } from './parse-sheet.js';

/**
 * Row results ready for the store: raw_rows and rejects as flat columns, stg records as flat
 * values in `stgColumns` order. Plain arrays of primitives, so a batch crosses from a worker
 * thread cheaply, and the cells are already JSON. `file_id` is left out: the writer knows it.
 */
export interface RowBatch {
  readonly source: SourceKind | null;
  /** RAW_COLUMNS, row after row. */
  readonly raw: unknown[];
  /** REJECT_COLUMNS, problem after problem. */
  readonly rejects: unknown[];
  readonly stgColumns: readonly string[];
  readonly stg: unknown[];
}

export const RAW_COLUMNS = ['sheet', 'row_number', 'disposition', 'skip_kind', 'cells'] as const;
export const REJECT_COLUMNS = ['sheet', 'row_number', 'column_name', 'field', 'value', 'reason'] as const;

/**
 * Encodes row results for the store: every row for raw_rows, each reject, each accepted record.
 * @example toRowBatch('complaint', results).raw.length / RAW_COLUMNS.length //=> results.length
 */
export function toRowBatch(source: SourceKind | null, results: readonly RowResult[]): RowBatch {
  const raw: unknown[] = [];
  const rejects: unknown[] = [];
  const stg: unknown[] = [];
  let stgColumns: readonly string[] = [];
  for (const r of results) {
    const sheet = r.row.sheet;
    raw.push(sheet, r.rowNumber, r.disposition, r.disposition === 'skipped' ? r.kind : null, JSON.stringify(r.row.cells));
    if (r.disposition === 'rejected') {
      for (const x of r.rejects) rejects.push(sheet, r.rowNumber, x.column_name, x.field, x.value, x.reason);
    } else if (r.disposition === 'accepted') {
      if (stgColumns.length === 0) stgColumns = Object.keys(r.record).filter((k) => k !== 'file_id');
      for (const c of stgColumns) stg.push(r.record[c]);
    }
  }
  return { source, raw, rejects, stgColumns, stg };
}
