import type { ReportCell, ReportColumn } from './report-model.js';
import { formatMoney, type MoneyUnit } from './report-money.js';

/**
 * A column's header as a reader sees it: money columns carry their unit.
 * @example reportHeader({ key: 'x', header: '欠款金额', type: 'fen' }, '万元') //=> '欠款金额（万元）'
 */
export function reportHeader(column: ReportColumn, unit: MoneyUnit): string {
  return column.type === 'fen' ? `${column.header}（${unit}）` : column.header;
}

/**
 * A cell as text for people (markdown, HTML): money in the given unit with separators, counts as
 * digits, suppression markers and words as they are, nothing as ''.
 * @example reportCellText(123456789, { key: 'x', header: '欠款金额', type: 'fen' }, '万元') //=> '123.46'
 * @example reportCellText('<3', { key: 'cases', header: '案件数', type: 'count' }, '万元') //=> '<3'
 */
export function reportCellText(cell: ReportCell, column: ReportColumn, unit: MoneyUnit): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return column.type === 'fen' ? formatMoney(cell, unit) : String(cell);
  return cell;
}
