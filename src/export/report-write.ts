import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeReportCsv } from './report-csv.js';
import { reportHtml } from './report-html.js';
import { reportJson } from './report-json.js';
import { reportMarkdown } from './report-markdown.js';
import type { Report } from './report-model.js';
import { writeReportXlsx } from './report-xlsx.js';

export const REPORT_FORMATS = ['xlsx', 'csv', 'json', 'md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Writes a report in one format. `out` is a file, except for csv where it is a folder that gets
 * one file per table. Returns the paths written.
 * @example await writeReport(report, 'html', 'out/report-2026-04.html') //=> ['out/report-2026-04.html']
 */
export async function writeReport(report: Report, format: ReportFormat, out: string): Promise<string[]> {
  if (format === 'csv') return writeReportCsv(report, out);
  mkdirSync(dirname(out), { recursive: true });
  if (format === 'xlsx') await writeReportXlsx(report, out);
  else if (format === 'json') writeFileSync(out, reportJson(report), 'utf8');
  else if (format === 'md') writeFileSync(out, reportMarkdown(report), 'utf8');
  else writeFileSync(out, await reportHtml(report), 'utf8');
  return [out];
}
