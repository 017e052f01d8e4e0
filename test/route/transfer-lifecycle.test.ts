import { describe, expect, it } from 'vitest';
import { dueDate } from '../../src/route/due-date.js';
import { nextStatus, TRANSFER_ACTIONS, TRANSFER_STATUSES, type TransferAction, type TransferStatus } from '../../src/route/transfer-lifecycle.js';

const LEGAL: Record<string, TransferStatus> = {
  'pending/send': 'sent',
  'sent/ack': 'acknowledged',
  'sent/return': 'returned',
  'acknowledged/progress': 'in_progress',
  'acknowledged/close': 'closed',
  'acknowledged/return': 'returned',
  'in_progress/close': 'closed',
  'in_progress/return': 'returned',
};

describe('transfer lifecycle', () => {
  it.each(TRANSFER_STATUSES.flatMap((s) => TRANSFER_ACTIONS.map((a) => [s, a] as [TransferStatus, TransferAction])))('%s + %s', (from, action) => {
    const r = nextStatus(from, action, { outcome: '已督促支付', note: '不属本部门职责' });
    const expected = LEGAL[`${from}/${action}`];
    if (expected) expect(r).toEqual({ ok: true, value: expected });
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/不能/);
    }
  });

  it('closing needs an outcome and returning a reason', () => {
    expect(nextStatus('in_progress', 'close')).toEqual({ ok: false, reason: '办结必须填写办理结果（--outcome）' });
    expect(nextStatus('sent', 'return', { note: '  ' })).toEqual({ ok: false, reason: '退回必须说明理由（--note）' });
  });
});

describe('deadlines on the Chinese calendar', () => {
  it('counts working days across National Day 2025 and its make-up Saturday', () => {
    // Oct 1–8 are holidays; Oct 9 and 10 are working days 1 and 2; Saturday Oct 11 is 调休, day 3.
    expect(dueDate('2025-09-30', { days: 3, unit: 'working' })).toEqual({ dueOn: '2025-10-11', text: '3 个工作日' });
    expect(dueDate('2025-09-30', { days: 4, unit: 'working' }).dueOn).toBe('2025-10-13');
  });

  it('counts working days across the Spring Festival 2026 and 2025', () => {
    // 2026: Feb 15–23 off, Feb 14 (Sat) and Feb 28 (Sat) are make-up working days.
    expect(dueDate('2026-02-13', { days: 1, unit: 'working' }).dueOn).toBe('2026-02-14');
    expect(dueDate('2026-02-14', { days: 1, unit: 'working' }).dueOn).toBe('2026-02-24');
    // 2025: Jan 28 – Feb 4 off, Jan 26 (Sun) and Feb 8 (Sat) worked.
    expect(dueDate('2025-01-24', { days: 1, unit: 'working' }).dueOn).toBe('2025-01-26');
    // From Jan 27: Feb 5, 6, 7 are days 1–3, Saturday Feb 8 is day 4, Monday Feb 10 day 5.
    expect(dueDate('2025-01-27', { days: 4, unit: 'working' }).dueOn).toBe('2025-02-08');
    expect(dueDate('2025-01-27', { days: 5, unit: 'working' }).dueOn).toBe('2025-02-10');
  });

  it('counts calendar days where the rule is in calendar days, and refuses a year the calendar lacks', () => {
    expect(dueDate('2026-04-20', { days: 30, unit: 'calendar', extendableTo: 90 })).toEqual({ dueOn: '2026-05-20', text: '30 日（可延长至 90 日）' });
    expect(() => dueDate('2026-12-28', { days: 5, unit: 'working' })).toThrow(/2027/);
  });
});
