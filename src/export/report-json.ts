import type { Report } from './report-model.js';

/**
 * The report as one JSON document for scripts: every table with its columns (key, 中文表头, type)
 * and rows keyed by column; amounts are integer fen (`amountUnit: 'fen'`), counts integers. In the
 * publicity edition a suppressed cell holds '<3' or '—' instead of a number.
 * @example JSON.parse(reportJson(report)).tables[1].rows[0].sme_owed_fen //=> 1487395000
 */
export function reportJson(report: Report): string {
  const doc = {
    title: report.title,
    period: report.period,
    publicity: report.publicity,
    generatedAt: report.generatedAt,
    amountUnit: 'fen',
    notes: report.notes,
    tables: report.tables.map((t) => ({ id: t.id, title: t.title, columns: t.columns, rows: t.rows, total: t.total, notes: t.notes })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
