import type { DuckDBConnection } from '@duckdb/node-api';
import { PipelineError } from '../pipeline-error.js';
import { queryRows } from '../store/sql.js';
import { caseTables } from './report-case-tables.js';
import { ledgerTables } from './report-ledger-tables.js';
import type { Report } from './report-model.js';
import { REPORT_SQL } from './report-sql.js';
import { MIN_PUBLISHED_CASES, suppressSmallCells } from './report-suppress.js';

export interface BuildReportOptions {
  /** Sweep period, YYYY-MM; must have current records. */
  readonly period: string;
  /** The joint-publicity (宣传共推) edition: anonymised tables only, small cells suppressed. */
  readonly publicity?: boolean;
  /** When the report is made (tests pin it). */
  readonly now?: Date;
}

/** Asia/Shanghai has no daylight saving: local time is UTC+8 all year. */
const shanghaiTime = (d: Date) => `${new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;

/** The counting rule every edition states. */
const COUNTING_NOTE = '统计口径：当前有效文件的记录（被更正文件取代的不计）；金额保存为整数“分”，表中按元或万元显示。';

/** '2026-04' → '2026年4月'. */
const periodLabel = (p: string) => (/^\d{4}-\d{2}$/.test(p) ? `${p.slice(0, 4)}年${Number(p.slice(5))}月` : p);

/**
 * Reads the summary_* views for one sweep period into a report every format is written from.
 * An unknown period is a usage error that lists the periods the data has.
 * @example (await buildReport(conn, { period: '2026-04' })).tables.map((t) => t.id)
 * //=> ['by_period', 'by_street', 'by_debtor_type', 'by_arrears_type', 'by_channel', 'transfers', 'changes', 'overdue', 'cross_agency']
 */
export async function buildReport(conn: DuckDBConnection, options: BuildReportOptions): Promise<Report> {
  const { period } = options;
  const available = await reportPeriods(conn);
  if (!available.includes(period)) {
    const hint = available.length === 0
      ? '数据库中还没有任何记录：请先运行 arrears ingest 导入台账、投诉和欠薪线索。'
      : `现有期次：${available.join('、')}。请用 --period 指定其中之一，例如 --period ${available[available.length - 1]}。`;
    throw new PipelineError('USAGE', `数据中没有期次 ${period}。${hint}`, { period, available });
  }
  return assembleReport(conn, options);
}

/** The sweep periods the records hold, in order. @example await reportPeriods(conn) //=> ['2025-12', '2026-04'] */
export async function reportPeriods(conn: DuckDBConnection): Promise<string[]> {
  return (await queryRows<{ period: string }>(conn, REPORT_SQL.periods())).map((r) => r.period);
}

/**
 * buildReport for a period already known to be among reportPeriods (a caller that skips, rather
 * than refuses, a period without records checks that itself, with the same one query).
 */
export async function assembleReport(conn: DuckDBConnection, options: BuildReportOptions): Promise<Report> {
  const { period, publicity = false } = options;
  const tables = [...(await ledgerTables(conn, period)), ...(await caseTables(conn, period))];
  const full: Report = {
    period, publicity: false, generatedAt: shanghaiTime(options.now ?? new Date()),
    title: `${periodLabel(period)}拖欠中小企业账款与欠薪线索联动处置汇总报告`,
    tables,
    notes: [COUNTING_NOTE, '内部使用：含欠款单位名称，不得对外公开；对外请用 --publicity 生成匿名汇总。'],
  };
  return publicity ? publicityEdition(full) : full;
}

/**
 * The joint-publicity (宣传共推) edition of an internal report, without querying again: only the
 * anonymised tables, each with its small cells suppressed.
 * @example publicityEdition(await buildReport(conn, { period: '2026-04' })).publicity //=> true
 */
export function publicityEdition(report: Report): Report {
  if (report.publicity) return report;
  return {
    ...report,
    publicity: true,
    title: `${periodLabel(report.period)}拖欠中小企业账款与欠薪治理情况（宣传共推·匿名汇总）`,
    tables: report.tables.filter((t) => t.suppression).map((t) => suppressSmallCells(t)),
    notes: [
      COUNTING_NOTE,
      `本表为匿名汇总，不含单位名称和个人信息；少于 ${MIN_PUBLISHED_CASES} 件的单元格不公布，并对可由合计反推的单元格作次级隐去。`,
    ],
  };
}
