import type { ReportCell, ReportColumn, ReportColumnType } from './report-model.js';
import type { SummaryRow } from './report-rows.js';

/**
 * Builds a table's columns from [key, 中文表头, type] triples, and picks a summary row's cells
 * for them (booleans and missing values become null: tables hold text, numbers or nothing).
 * @example reportColumns([['cases', '案件数', 'count']]).columns //=> [{ key: 'cases', header: '案件数', type: 'count' }]
 */
export function reportColumns(spec: readonly (readonly [string, string, ReportColumnType])[]) {
  const columns: ReportColumn[] = spec.map(([key, header, type]) => ({ key, header, type }));
  const keys = columns.map((c) => c.key);
  return {
    columns,
    keys,
    /** The row's cells for these columns, with extra computed cells merged over them. */
    pick(row: SummaryRow | undefined, extra: Readonly<Record<string, ReportCell>> = {}): Record<string, ReportCell> {
      const out: Record<string, ReportCell> = {};
      for (const c of columns) {
        const v = row?.[c.key];
        out[c.key] = typeof v === 'string' || typeof v === 'number' ? v : c.type === 'count' || c.type === 'fen' ? (row ? null : 0) : null;
      }
      return { ...out, ...extra };
    },
  };
}
