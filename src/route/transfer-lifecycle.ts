import { fail, ok, type Result } from '../normalize/result.js';

/** Where a transfer is in the memorandum's lifecycle. */
export type TransferStatus = 'pending' | 'sent' | 'acknowledged' | 'in_progress' | 'closed' | 'returned';
/** What a person (or the router) can do to a transfer. */
export type TransferAction = 'send' | 'ack' | 'progress' | 'close' | 'return';

export const STATUS_LABEL: Readonly<Record<TransferStatus, string>> = {
  pending: '待移送', sent: '已移送', acknowledged: '已签收', in_progress: '办理中', closed: '已办结', returned: '已退回',
};
export const ACTION_LABEL: Readonly<Record<TransferAction, string>> = {
  send: '移送', ack: '签收', progress: '办理', close: '办结', return: '退回',
};

// pending → sent → acknowledged (签收) → in_progress → closed (办结) | returned (退回).
// A receiving office may return a transfer it has not yet closed; closed and returned are final.
const NEXT: Readonly<Record<TransferStatus, Partial<Record<TransferAction, TransferStatus>>>> = {
  pending: { send: 'sent' },
  sent: { ack: 'acknowledged', return: 'returned' },
  acknowledged: { progress: 'in_progress', close: 'closed', return: 'returned' },
  in_progress: { close: 'closed', return: 'returned' },
  closed: {},
  returned: {},
};

export interface TransitionInput {
  readonly outcome?: string | null;
  readonly note?: string | null;
}

/**
 * The status an action leads to, or why it is refused: the lifecycle as data, checked in one place.
 * Closing needs an outcome (办结结果) and returning a reason (退回理由).
 * @example nextStatus('sent', 'ack') //=> { ok: true, value: 'acknowledged' }
 * @example nextStatus('closed', 'ack').ok //=> false
 */
export function nextStatus(from: TransferStatus, action: TransferAction, input: TransitionInput = {}): Result<TransferStatus> {
  const to = NEXT[from]?.[action];
  if (!to) {
    const allowed = Object.keys(NEXT[from] ?? {}) as TransferAction[];
    return fail(
      `当前状态为“${STATUS_LABEL[from] ?? from}”，不能${ACTION_LABEL[action] ?? action}` +
        (allowed.length > 0 ? `；此时可以：${allowed.map((a) => ACTION_LABEL[a]).join('、')}` : '；该移送已结束'),
    );
  }
  if (action === 'close' && !input.outcome?.trim()) return fail('办结必须填写办理结果（--outcome）');
  if (action === 'return' && !input.note?.trim()) return fail('退回必须说明理由（--note）');
  return ok(to);
}

/** Every status, for tests and drop-downs. */
export const TRANSFER_STATUSES = Object.keys(NEXT) as TransferStatus[];
export const TRANSFER_ACTIONS: readonly TransferAction[] = ['send', 'ack', 'progress', 'close', 'return'];
