import type { DuckDBConnection } from '@duckdb/node-api';
import { CHANNELS } from '../../schemas/complaint-schema.js';
import { ARREARS_TYPES, DEBTOR_TYPES } from '../../schemas/survey-schema.js';
import { MINHANG_STREETS } from '../normalize/data/minhang-streets.js';
import { CASE_KIND_LABEL } from './export-labels.js';
import { reportColumns } from './report-columns.js';
import type { ReportCell, ReportTable } from './report-model.js';
import { reportRows, type SummaryRow } from './report-rows.js';
import { REPORT_SQL } from './report-sql.js';

const SOURCE_LABEL: Readonly<Record<string, string>> = { survey: '摸排台账', complaint: '投诉举报', wage_lead: '欠薪线索' };
const UNKNOWN = '未注明';
const LEDGER_NOTE = '按本期摸排台账（各街镇、部门填报）统计；投诉举报另见“按投诉渠道”表。';

const ledger = reportColumns([
  ['cases', '案件数', 'count'], ['records', '台账记录数', 'count'], ['amount_owed_fen', '欠款金额', 'fen'],
  ['amount_cleared_fen', '已清偿金额', 'fen'], ['disputed_fen', '其中有分歧金额', 'fen'],
]);
const LEDGER_GROUP = [{ count: 'cases', cells: ledger.keys }];

/** Fixed categories first, in their usual order, zero-filled; anything else after; NULL last as 未注明. */
function byCategory(rows: readonly SummaryRow[], field: string, order: readonly string[]) {
  const seen = new Map(rows.map((r) => [r[field] as string | null, r]));
  const extra = rows.map((r) => r[field] as string | null).filter((v): v is string => v !== null && !order.includes(v));
  const keys: (string | null)[] = [...order, ...extra, ...(seen.has(null) ? [null] : [])];
  return keys.map((k) => ({ label: k ?? UNKNOWN, row: seen.get(k) }));
}

/** The summary_period_v row of one source in the report's period. */
function periodRow(rows: readonly SummaryRow[], period: string, kind: string, source: string): SummaryRow | undefined {
  return rows.find((r) => r.period === period && r.kind === kind && r.source === source);
}

/**
 * The tables of the sweep itself: by sweep (the trend up to this period), by street/town, by
 * debtor type, by arrears type and by complaint channel. Totals come from summary_period_v, so a
 * case seen in two streets counts once in the 合计.
 * @example (await ledgerTables(conn, '2026-04')).map((t) => t.id) //=> ['by_period', 'by_street', 'by_debtor_type', 'by_arrears_type', 'by_channel']
 */
export async function ledgerTables(conn: DuckDBConnection, period: string): Promise<ReportTable[]> {
  const periods = await reportRows(conn, REPORT_SQL.byPeriod(period));
  const survey = periodRow(periods, period, 'sme_arrears', 'survey');
  const wageLead = periodRow(periods, period, 'wage_arrears', 'wage_lead');

  const p = reportColumns([
    ['period', '期次', 'text'], ['kind_label', '类别', 'text'], ['source_label', '来源', 'text'], ['cases', '案件数', 'count'],
    ['records', '记录数', 'count'], ['amount_owed_fen', '欠款（主张）金额', 'fen'], ['amount_cleared_fen', '已清偿金额', 'fen'],
    ['disputed_fen', '其中有分歧金额', 'fen'], ['workers', '涉及人数', 'count'],
  ]);
  const byPeriod: ReportTable = {
    id: 'by_period', title: '按期次汇总', columns: p.columns, total: null,
    rows: periods.map((r) => p.pick(r, { kind_label: CASE_KIND_LABEL[String(r.kind)] ?? String(r.kind), source_label: SOURCE_LABEL[String(r.source)] ?? String(r.source) })),
    notes: ['每个期次按来源分列：台账金额为摸排欠款额，投诉举报为投诉人主张金额，同一事项可能同时见于台账与投诉，不宜跨来源相加。'],
    suppression: [{ count: 'cases', cells: p.keys.slice(3) }],
  };

  const s = reportColumns([
    ['street_name', '街镇', 'text'], ['sme_cases', '账款案件数', 'count'], ['sme_records', '台账记录数', 'count'],
    ['sme_owed_fen', '欠款金额', 'fen'], ['sme_cleared_fen', '已清偿金额', 'fen'], ['sme_disputed_fen', '其中有分歧金额', 'fen'],
    ['wage_cases', '欠薪案件数', 'count'], ['wage_records', '欠薪线索数', 'count'], ['wage_owed_fen', '欠薪金额', 'fen'], ['workers', '涉及人数', 'count'],
  ]);
  const streets = await reportRows(conn, REPORT_SQL.street(period));
  const named = MINHANG_STREETS.map((st) => s.pick(streets.find((r) => r.street_code === st.code), { street_name: st.name }));
  const others = streets
    .filter((r) => !MINHANG_STREETS.some((st) => st.code === r.street_code))
    .map((r) => s.pick(r, { street_name: r.street_code === null ? '未能识别街镇' : String(r.street_name ?? r.street_code) }));
  const byStreet: ReportTable = {
    id: 'by_street', title: '按街镇汇总', columns: s.columns, rows: [...named, ...others],
    total: s.pick(undefined, {
      street_name: '合计',
      ...totalOf(survey, { sme_cases: 'cases', sme_records: 'records', sme_owed_fen: 'amount_owed_fen', sme_cleared_fen: 'amount_cleared_fen', sme_disputed_fen: 'disputed_fen' }),
      ...totalOf(wageLead, { wage_cases: 'cases', wage_records: 'records', wage_owed_fen: 'amount_owed_fen', workers: 'workers' }),
    }),
    notes: ['账款各列来自摸排台账（填报街镇），欠薪各列来自欠薪线索（项目所在街镇）；投诉举报没有街镇信息，不在此表。'],
    suppression: [{ count: 'sme_cases', cells: s.keys.slice(1, 6) }, { count: 'wage_cases', cells: s.keys.slice(6) }],
  };

  const categoryTable = (id: string, title: string, field: string, header: string, order: readonly string[], rows: SummaryRow[]): ReportTable => ({
    id, title, columns: [{ key: field, header, type: 'text' }, ...ledger.columns],
    rows: byCategory(rows, field, order).map(({ label, row }) => ({ [field]: label, ...ledger.pick(row) })),
    total: { [field]: '合计', ...totalOf(survey, Object.fromEntries(ledger.keys.map((k) => [k, k]))) }, notes: [LEDGER_NOTE], suppression: LEDGER_GROUP,
  });

  const c = reportColumns([
    ['channel', '投诉渠道', 'text'], ['sme_cases', '账款投诉案件数', 'count'], ['sme_records', '账款投诉件数', 'count'], ['sme_claimed_fen', '账款主张金额', 'fen'],
    ['wage_cases', '欠薪投诉案件数', 'count'], ['wage_records', '欠薪投诉件数', 'count'], ['wage_claimed_fen', '欠薪主张金额', 'fen'],
  ]);
  const smeComplaints = periodRow(periods, period, 'sme_arrears', 'complaint');
  const wageComplaints = periodRow(periods, period, 'wage_arrears', 'complaint');
  const byChannel: ReportTable = {
    id: 'by_channel', title: '按投诉渠道汇总', columns: c.columns,
    rows: byCategory(await reportRows(conn, REPORT_SQL.channel(period)), 'channel', CHANNELS).map(({ label, row }) => c.pick(row, { channel: label })),
    total: c.pick(undefined, {
      channel: '合计',
      ...totalOf(smeComplaints, { sme_cases: 'cases', sme_records: 'records', sme_claimed_fen: 'amount_owed_fen' }),
      ...totalOf(wageComplaints, { wage_cases: 'cases', wage_records: 'records', wage_claimed_fen: 'amount_owed_fen' }),
    }),
    notes: ['金额为投诉人主张的金额（可能含利息、违约金）；工人讨薪的投诉计入欠薪各列。'],
    suppression: [{ count: 'sme_cases', cells: c.keys.slice(1, 4) }, { count: 'wage_cases', cells: c.keys.slice(4) }],
  };

  return [
    byPeriod, byStreet,
    categoryTable('by_debtor_type', '按欠款单位类型汇总', 'debtor_type', '欠款单位类型', DEBTOR_TYPES, await reportRows(conn, REPORT_SQL.debtorType(period))),
    categoryTable('by_arrears_type', '按欠款类型汇总', 'arrears_type', '欠款类型', ARREARS_TYPES, await reportRows(conn, REPORT_SQL.arrearsType(period))),
    byChannel,
  ];
}

/** 合计 cells taken from a summary_period_v row: { table column: period-row field }; none reported is 0. */
function totalOf(row: SummaryRow | undefined, fields: Readonly<Record<string, string>>): Record<string, ReportCell> {
  return Object.fromEntries(Object.entries(fields).map(([col, f]) => [col, typeof row?.[f] === 'number' ? (row[f] as number) : 0]));
}
