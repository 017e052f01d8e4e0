import type { TopLevelSpec } from 'vega-lite';
import type { Report, ReportCell, ReportTable } from './report-model.js';

/** One chart of the HTML report: which table it draws, its title, and the Vega-Lite spec. */
export interface ReportChart {
  readonly id: string;
  readonly table: string;
  readonly title: string;
  readonly spec: TopLevelSpec;
}

// 万元 for the eye only: the tables keep integer fen.
const wan = (v: ReportCell) => (typeof v === 'number' ? Math.round(v / 10_000) / 100 : null);
const count = (v: ReportCell) => (typeof v === 'number' ? v : null);
const find = (report: Report, id: string) => report.tables.find((t) => t.id === id);

interface Axis {
  readonly field: string;
  readonly title: string;
}

function bars(title: string, values: Record<string, unknown>[], x: Axis, y: Axis, color?: object, stacked = false): TopLevelSpec {
  const bar = { mark: { type: 'bar', tooltip: false }, encoding: color ? { color } : {} };
  // Each bar carries its figure, so a small count next to a large one still reads; not on stacks.
  const text = {
    mark: { type: 'text', align: 'left', dx: 3, fontSize: 10 },
    encoding: { text: { field: x.field, type: 'quantitative', format: ',' } },
  };
  return {
    title,
    width: 520,
    data: { values },
    encoding: {
      // The chart's title names the categories; a rotated axis title would crowd a short chart.
      y: { field: y.field, type: 'nominal', title: null, sort: null, axis: { description: y.title } },
      x: { field: x.field, type: 'quantitative', title: x.title, stack: stacked ? 'zero' : null },
    },
    layer: stacked ? [bar] : [bar, text],
  } as TopLevelSpec;
}

/** Rows whose value survived publicity suppression (a '<3' or '—' cell is not drawn). */
const drawable = (table: ReportTable, label: string, value: string, as: (v: ReportCell) => number | null) =>
  table.rows.map((r) => ({ label: r[label], value: as(r[value] ?? null) })).filter((d) => d.value !== null);

/**
 * The charts of the HTML report, built from its tables: arrears by street (bar), by debtor type,
 * sweep-over-sweep change (audit flags in red), transfers by status and mechanism, and the
 * ledger total per sweep. Data is inline; suppressed cells are left out.
 * @example reportChartSpecs(report).map((c) => c.id) //=> ['street', 'debtor_type', 'changes', 'transfers', 'periods']
 */
export function reportChartSpecs(report: Report): ReportChart[] {
  const charts: ReportChart[] = [];
  const add = (id: string, table: ReportTable, title: string, spec: TopLevelSpec) => charts.push({ id, table: table.id, title, spec });
  const amountAxis = { field: 'value', title: '欠款金额（万元）' };
  const street = find(report, 'by_street');
  if (street) {
    const title = '各街镇拖欠中小企业账款（万元）';
    add('street', street, title, bars(title, drawable(street, 'street_name', 'sme_owed_fen', wan), amountAxis, { field: 'label', title: '街镇' }));
  }
  const debtor = find(report, 'by_debtor_type');
  if (debtor) {
    const title = '按欠款单位类型（万元）';
    add('debtor_type', debtor, title, bars(title, drawable(debtor, 'debtor_type', 'amount_owed_fen', wan), amountAxis, { field: 'label', title: '欠款单位类型' }));
  }
  const changes = find(report, 'changes');
  if (changes) {
    const title = '与上一轮相比的变化（案件数）';
    const values = changes.rows
      .map((r) => ({ label: r.change_label, value: count(r.cases ?? null), flag: r.audit ? '审计关注' : '一般' }))
      .filter((d) => d.value !== null);
    const color = { field: 'flag', type: 'nominal', title: '类别', scale: { domain: ['一般', '审计关注'], range: ['#4c78a8', '#d62728'] } };
    add('changes', changes, title, bars(title, values, { field: 'value', title: '案件数' }, { field: 'label', title: '变化' }, color));
  }
  const transfers = find(report, 'transfers');
  if (transfers) {
    const title = '移送情况（件数，按状态和机制）';
    const values = transfers.rows
      .map((r) => ({ label: r.status_label, value: count(r.transfers ?? null), mechanism: r.mechanism_label }))
      .filter((d) => d.value !== null);
    const color = { field: 'mechanism', type: 'nominal', title: '机制' };
    add('transfers', transfers, title, bars(title, values, { field: 'value', title: '移送件数' }, { field: 'label', title: '状态' }, color, true));
  }
  const periods = find(report, 'by_period');
  if (periods) {
    const title = '各期摸排台账欠款金额（万元）';
    const values = periods.rows
      .filter((r) => r.source_label === '摸排台账')
      .map((r) => ({ label: r.period, value: wan(r.amount_owed_fen ?? null) }))
      .filter((d) => d.value !== null);
    add('periods', periods, title, bars(title, values, amountAxis, { field: 'label', title: '期次' }));
  }
  return charts;
}
