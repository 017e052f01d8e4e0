import { parseAmount } from '../normalize/parse-amount.js';
import { parseDate } from '../normalize/parse-date.js';
import { nextStatus, STATUS_LABEL, type TransferAction, type TransferStatus } from '../route/transfer-lifecycle.js';
import { cellText } from './cell-text.js';
import { REVIEW_ACTION_TARGET } from './export-labels.js';
import type { ReviewWorkbookRow } from './read-review-workbook.js';
import { EDITABLE_KEYS, LOCKED_KEYS, REVIEW_COLUMNS } from './review-columns.js';

/** What the export wrote for a transfer (review_export_rows). */
export interface ExportedRow {
  readonly version: number;
  readonly lockedCells: Readonly<Record<string, string>>;
}

/** The transfer as the store holds it now. */
export interface CurrentTransfer {
  readonly status: TransferStatus;
  readonly version: number;
  /** 'YYYY-MM-DD' */
  readonly createdOn: string;
}

/** What importing one row should do. */
export type RowPlan =
  | { readonly kind: 'untouched' }
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'unchanged'; readonly status: TransferStatus }
  | {
      readonly kind: 'apply';
      readonly from: TransferStatus;
      readonly to: TransferStatus;
      readonly actions: readonly TransferAction[];
      readonly expectVersion: number;
      readonly on: string;
      readonly handler: string | null;
      readonly outcome: string | null;
      readonly note: string | null;
      readonly clearedFen: number | null;
    };

const IMPORT_ACTIONS: readonly TransferAction[] = ['ack', 'progress', 'close', 'return']; // the receiving office never sends
const header = (key: string) => REVIEW_COLUMNS.find((c) => c.key === key)!.header;
// Spreadsheet programs may re-save 5488.5 as 5488.499999999999 or a line break as CRLF: neither is an edit.
const tidy = (s: string) => s.replace(/\r\n?/g, '\n').trimEnd();
const same = (a: string, b: string) =>
  tidy(a) === tidy(b) || (a !== '' && b !== '' && Number.isFinite(Number(a)) && Math.abs(Number(a) - Number(b)) < 1e-6);

/**
 * Decides one row of an edited review workbook against what was exported and what the store holds
 * now, in this order: untouched rows are skipped; locked or hidden cells edited, a bad status,
 * amount or date, or a missing 办理结果/退回理由 refuse the row; a status the transfer already has
 * is 'unchanged' (importing a file twice changes nothing); a transfer changed since export is
 * refused as stale; otherwise the shortest legal path there (sent → 办结 is 签收 then 办结).
 * @example planReviewRow(row, exported, { status: 'sent', version: 2, createdOn: '2026-04-20' }, '2026-04-22') //=> { kind: 'apply', actions: ['ack', 'close'], … }
 */
export function planReviewRow(row: ReviewWorkbookRow, exported: ExportedRow, current: CurrentTransfer, asOf: string): RowPlan {
  const text = (key: keyof ReviewWorkbookRow['cells']) => cellText(row.cells[key]).trim();
  if (EDITABLE_KEYS.every((k) => text(k) === '')) return { kind: 'untouched' };
  const edited = LOCKED_KEYS.filter((k) => !same(cellText(row.cells[k]), exported.lockedCells[header(k)] ?? ''));
  if (edited.length > 0) {
    const k = edited[0]!;
    return {
      kind: 'refused',
      reason: `锁定列被改动：${edited.map(header).join('、')}（“${header(k)}”导出时为“${exported.lockedCells[header(k)] ?? ''}”，现为“${cellText(row.cells[k])}”）。` +
        '请改回原值后再导入，需要说明的请写在办理说明中',
    };
  }
  const hiddenVersion = Number(text('hidden_version'));
  if (hiddenVersion !== exported.version) return { kind: 'refused', reason: '隐藏的版本列被改动，无法判断该行是否过期，请重新导出后再办理' };
  const label = text('action');
  if (label === '') return { kind: 'refused', reason: '填写了办理信息，但未选择处理状态（签收、办理中、办结、退回）' };
  const to = REVIEW_ACTION_TARGET[label];
  if (!to) return { kind: 'refused', reason: `处理状态只能是 签收、办理中、办结、退回，收到“${label}”` };
  const outcome = text('outcome') || null;
  const note = text('note') || null;
  let clearedFen: number | null = null;
  if (text('cleared') !== '') {
    const amount = parseAmount(row.cells.cleared, { unit: '元' });
    if (!amount.ok) return { kind: 'refused', reason: `已清偿金额无法识别：${amount.reason}` };
    clearedFen = amount.value;
  }
  let on = asOf;
  if (text('handled_on') !== '') {
    const d = parseDate(row.cells.handled_on);
    if (!d.ok || d.value.precision !== 'day') return { kind: 'refused', reason: `办理日期无法识别：${d.ok ? '只写到了月份' : d.reason}，请写成 2026-04-22` };
    if (d.value.date > asOf) return { kind: 'refused', reason: `办理日期 ${d.value.date} 晚于导入日期 ${asOf}` };
    if (d.value.date < current.createdOn) return { kind: 'refused', reason: `办理日期 ${d.value.date} 早于移送日期 ${current.createdOn}` };
    on = d.value.date;
  }
  if (to === 'closed' && !outcome) return { kind: 'refused', reason: '选“办结”须填写办理结果' };
  if (to === 'returned' && !note) return { kind: 'refused', reason: '选“退回”须在办理说明中写明退回理由' };
  if (current.status === to) return { kind: 'unchanged', status: to };
  if (current.version !== hiddenVersion) {
    return { kind: 'refused', reason: `导出后已被修改（版本 ${hiddenVersion} → ${current.version}，现为“${STATUS_LABEL[current.status]}”），请重新导出后再办理` };
  }
  const actions = shortestPath(current.status, to, { outcome, note });
  if (!actions) {
    const refusal = nextStatus(current.status, actionFor(to), { outcome, note });
    return { kind: 'refused', reason: refusal.ok ? `不能从当前状态转为“${label}”` : refusal.reason };
  }
  return { kind: 'apply', from: current.status, to, actions, expectVersion: hiddenVersion, on, handler: text('handler') || null, outcome, note, clearedFen };
}

function actionFor(to: TransferStatus): TransferAction {
  return to === 'acknowledged' ? 'ack' : to === 'in_progress' ? 'progress' : to === 'closed' ? 'close' : 'return';
}

// Breadth-first over the lifecycle table, so the steps in between are the fewest legal ones.
function shortestPath(from: TransferStatus, to: TransferStatus, input: { outcome: string | null; note: string | null }): TransferAction[] | null {
  const queue: [TransferStatus, TransferAction[]][] = [[from, []]];
  const seen = new Set<TransferStatus>([from]);
  while (queue.length > 0) {
    const [status, path] = queue.shift()!;
    for (const a of IMPORT_ACTIONS) {
      const next = nextStatus(status, a, input);
      if (!next.ok || seen.has(next.value)) continue;
      if (next.value === to) return [...path, a];
      seen.add(next.value);
      queue.push([next.value, [...path, a]]);
    }
  }
  return null;
}
