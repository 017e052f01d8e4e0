import type { DuckDBConnection } from '@duckdb/node-api';
import { STATUS_LABEL, TRANSFER_STATUSES, type TransferStatus } from '../route/transfer-lifecycle.js';
import { AGENCY_LABEL, MECHANISM_LABEL } from './export-labels.js';
import { reportColumns } from './report-columns.js';
import type { ReportCell, ReportTable } from './report-model.js';
import { reportRows, type SummaryRow } from './report-rows.js';
import { CROSS_AGENCY_TOP, REPORT_SQL } from './report-sql.js';

const MECHANISMS = Object.keys(MECHANISM_LABEL);
const AGENCIES = Object.keys(AGENCY_LABEL);
const rank = (list: readonly string[], v: unknown) => (list.includes(String(v)) ? list.indexOf(String(v)) : list.length);
const sum = (rows: readonly SummaryRow[], key: string) => rows.reduce((a, r) => a + (typeof r[key] === 'number' ? (r[key] as number) : 0), 0);
const label = (labels: Readonly<Record<string, string>>, v: unknown) => labels[String(v)] ?? String(v);
const NOT_ADDITIVE = '合计行不填案件数与金额：一件案件可能有多件移送。';

/**
 * The tables about cases and the memorandum: transfers by mechanism and status, sweep-over-sweep
 * change (with the two audit flags), overdue transfers (督办) and the top debtors exposed in both
 * agencies. The last two name no one in publicity because they are never published.
 * @example (await caseTables(conn, '2026-04')).map((t) => t.id) //=> ['transfers', 'changes', 'overdue', 'cross_agency']
 */
export async function caseTables(conn: DuckDBConnection, period: string): Promise<ReportTable[]> {
  const t = reportColumns([
    ['mechanism_label', '机制', 'text'], ['agency_label', '办理部门', 'text'], ['status_label', '状态', 'text'],
    ['transfers', '移送件数', 'count'], ['cases', '案件数', 'count'], ['overdue', '其中逾期', 'count'], ['amount_owed_fen', '涉及欠款金额', 'fen'],
  ]);
  const transferRows = (await reportRows(conn, REPORT_SQL.transfers(period))).sort(
    (a, b) => rank(MECHANISMS, a.mechanism) - rank(MECHANISMS, b.mechanism) || rank(AGENCIES, a.to_agency) - rank(AGENCIES, b.to_agency) ||
      rank(TRANSFER_STATUSES, a.status) - rank(TRANSFER_STATUSES, b.status),
  );
  const transfers: ReportTable = {
    id: 'transfers', title: '移送情况（按机制和状态）', columns: t.columns,
    rows: transferRows.map((r) => t.pick(r, {
      mechanism_label: label(MECHANISM_LABEL, r.mechanism), agency_label: label(AGENCY_LABEL, r.to_agency),
      status_label: STATUS_LABEL[r.status as TransferStatus] ?? String(r.status),
    })),
    total: t.pick(undefined, { mechanism_label: '合计', transfers: sum(transferRows, 'transfers'), cases: null, overdue: sum(transferRows, 'overdue'), amount_owed_fen: null }),
    notes: ['移送按创建日期归入期次；逾期按今天（北京时间）计算。', NOT_ADDITIVE],
    suppression: [{ count: 'cases', cells: t.keys.slice(3) }],
  };

  const ch = reportColumns([
    ['change_label', '变化', 'text'], ['audit', '审计关注', 'text'], ['cases', '案件数', 'count'], ['records', '台账记录数', 'count'],
    ['amount_owed_fen', '本轮欠款金额', 'fen'], ['prev_amount_owed_fen', '上轮欠款金额', 'fen'], ['change_fen', '增减金额', 'fen'],
  ]);
  const changeRows = await reportRows(conn, REPORT_SQL.changes(period));
  const changes: ReportTable = {
    id: 'changes', title: '逐轮变化（与上一轮摸排相比）', columns: ch.columns,
    rows: changeRows.map((r) => ch.pick(r, { audit: r.audit_flag ? '⚠ 是' : '' })),
    total: ch.pick(undefined, Object.fromEntries([['change_label', '合计'], ...ch.keys.slice(2).map((k) => [k, sum(changeRows, k)])])),
    notes: [
      '“无分歧转有分歧”与“未清偿即消失”是审计发现的两类问题台账情形，须逐件核实（case_changes_v.audit_flag）。',
      '金额为各案件当期的观测金额（同一事项多个街镇填报时取最大一笔），与台账逐条相加可能略有不同。',
    ],
    suppression: [{ count: 'cases', cells: ch.keys.slice(2) }],
  };

  const o = reportColumns([
    ['agency_label', '办理部门', 'text'], ['mechanism_label', '机制', 'text'], ['transfers', '逾期件数', 'count'], ['cases', '案件数', 'count'],
    ['max_days_overdue', '最长逾期天数', 'count'], ['oldest_due_on', '最早到期日', 'date'], ['amount_owed_fen', '涉及欠款金额', 'fen'],
  ]);
  const overdueRows = await reportRows(conn, REPORT_SQL.overdue(period));
  const dues = overdueRows.map((r) => String(r.oldest_due_on)).sort();
  const overdue: ReportTable = {
    id: 'overdue', title: '逾期未办结移送（督办）', columns: o.columns,
    rows: overdueRows.map((r) => o.pick(r, { agency_label: label(AGENCY_LABEL, r.to_agency), mechanism_label: label(MECHANISM_LABEL, r.mechanism) })),
    total: o.pick(undefined, {
      agency_label: '合计', transfers: sum(overdueRows, 'transfers'), cases: null, amount_owed_fen: null,
      max_days_overdue: overdueRows.length ? Math.max(...overdueRows.map((r) => Number(r.max_days_overdue))) : null, oldest_due_on: dues[0] ?? null,
    }),
    notes: ['逾期按今天（北京时间）计算；明细见 overdue_v 或 arrears transfers --overdue。', NOT_ADDITIVE],
  };

  const x = reportColumns([
    ['rank', '排名', 'count'], ['entity_id', '单位编号', 'text'], ['name', '单位名称', 'text'], ['uscc', '统一社会信用代码', 'text'],
    ['entity_type', '单位类型', 'text'], ['roles', '在欠薪案件中的角色', 'text'], ['sme_cases', '账款案件数', 'count'],
    ['sme_owed_fen', '拖欠中小企业金额', 'fen'], ['sme_cleared_fen', '已清偿金额', 'fen'], ['wage_cases', '欠薪案件数', 'count'],
    ['wage_owed_fen', '欠薪金额', 'fen'], ['workers', '涉及人数', 'count'],
  ]);
  const roles = (r: SummaryRow): ReportCell =>
    [r.as_employer ? '用人单位' : null, r.as_developer_or_contractor ? '建设单位或施工总承包单位' : null].filter(Boolean).join('、');
  const crossAgency: ReportTable = {
    id: 'cross_agency', title: `两部门均涉及的欠款单位（前 ${CROSS_AGENCY_TOP} 名）`, columns: x.columns, total: null,
    rows: (await reportRows(conn, REPORT_SQL.crossAgency(period))).map((r) => x.pick(r, { roles: roles(r) })),
    notes: [
      '既拖欠中小企业账款、又在本期欠薪案件中为用人单位或建设单位/施工总承包单位的单位，按两类金额之和排序；金额为案件当前金额（cases_v）。',
      '内部使用，含单位名称，不对外公开。',
    ],
  };
  return [transfers, changes, overdue, crossAgency];
}
