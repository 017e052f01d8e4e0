import { describe, expect, it } from 'vitest';
import { planReviewRow, type CurrentTransfer, type ExportedRow } from '../../src/export/plan-review-row.js';
import type { ReviewWorkbookRow } from '../../src/export/read-review-workbook.js';
import { REVIEW_COLUMNS, type ReviewKey } from '../../src/export/review-columns.js';

const written: Partial<Record<ReviewKey, unknown>> = {
  transfer_id: 'TR-2026-000001', case_id: 'SME-2026-000001', amount: 5488.5, created_on: new Date(Date.UTC(2026, 3, 20)),
  hidden_id: 'TR-2026-000001', hidden_version: 2,
};
const exported: ExportedRow = {
  version: 2,
  lockedCells: Object.fromEntries(REVIEW_COLUMNS.filter((c) => !c.editable && !c.hidden).map((c) => [c.header, c.key === 'amount' ? '5488.5' : c.key === 'created_on' ? '2026-04-20' : String(written[c.key] ?? '')])),
};
const sent: CurrentTransfer = { status: 'sent', version: 2, createdOn: '2026-04-20' };
const row = (edits: Partial<Record<ReviewKey, unknown>>): ReviewWorkbookRow => ({
  sheetRow: 3,
  cells: Object.fromEntries(REVIEW_COLUMNS.map((c) => [c.key, c.key in edits ? edits[c.key] : (written[c.key] ?? null)])) as Record<ReviewKey, unknown>,
});
const plan = (edits: Partial<Record<ReviewKey, unknown>>, current = sent) => planReviewRow(row(edits), exported, current, '2026-04-23');

describe('planning one review row', () => {
  it('skips a row left blank and takes the fewest legal steps to the status chosen', () => {
    expect(plan({})).toEqual({ kind: 'untouched' });
    expect(plan({ action: '办结', outcome: '部分清偿', cleared: 1000.5, handled_on: '2026年4月22日' })).toMatchObject({
      kind: 'apply', actions: ['ack', 'close'], on: '2026-04-22', clearedFen: 100050, expectVersion: 2,
    });
    expect(plan({ action: '退回', note: '不属本部门职责' }, { ...sent, status: 'in_progress' })).toMatchObject({ kind: 'apply', actions: ['return'] });
  });

  it('calls a status the transfer already has unchanged, whatever its version now', () => {
    expect(plan({ action: '签收' }, { status: 'acknowledged', version: 5, createdOn: '2026-04-20' })).toEqual({ kind: 'unchanged', status: 'acknowledged' });
  });

  it.each([
    [{ action: '签收', amount: 1 }, '锁定列被改动：欠款金额（元）'],
    [{ action: '签收', hidden_version: 1 }, '隐藏的版本列被改动'],
    [{ note: '已电话联系' }, '未选择处理状态'],
    [{ action: '同意' }, '处理状态只能是'],
    [{ action: '办结' }, '选“办结”须填写办理结果'],
    [{ action: '退回' }, '须在办理说明中写明退回理由'],
    [{ action: '签收', cleared: '12.345' }, '已清偿金额无法识别：金额精确到分以下'],
    [{ action: '签收', handled_on: '2026-04' }, '只写到了月份'],
    [{ action: '签收', handled_on: '2026-04-25' }, '晚于导入日期'],
    [{ action: '签收', handled_on: '2026-04-01' }, '早于移送日期'],
  ])('refuses %o: %s', (edits, reason) => {
    expect(plan(edits)).toEqual({ kind: 'refused', reason: expect.stringContaining(reason) });
  });

  it('refuses a row the store changed since export, and a step the lifecycle forbids', () => {
    expect(plan({ action: '办结', outcome: '已督促支付' }, { ...sent, status: 'acknowledged', version: 3 })).toEqual({
      kind: 'refused', reason: expect.stringContaining('导出后已被修改（版本 2 → 3'),
    });
    expect(plan({ action: '签收' }, { ...sent, status: 'in_progress' })).toEqual({ kind: 'refused', reason: expect.stringContaining('当前状态为“办理中”，不能签收') });
    expect(plan({ action: '签收' }, { ...sent, status: 'pending' })).toEqual({ kind: 'refused', reason: expect.stringContaining('不能签收') });
  });
});
