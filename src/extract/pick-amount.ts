import type { Span } from './fold-text.js';
import type { AmountMention } from './find-amounts.js';
import { ABSENT, type Field } from './extraction.js';

export interface PickedAmounts {
  readonly owed: Field<number>;
  readonly contract: Field<number>;
  readonly notes: readonly string[];
}

/**
 * Choose the amount owed among the amounts of a text: an amount the words call owed (尚欠, 拖欠,
 * …未付) over a contract total or an amount paid; failing that, total minus paid; failing that,
 * the only amount given. The same figure written twice (大写 and digits) counts once.
 * @example pickAmount(findAmounts(foldText('合同金额200万元，尚欠80万元'))).owed.value //=> 80000000
 */
export function pickAmount(amounts: readonly AmountMention[]): PickedAmounts {
  const notes: string[] = [];
  const totals = amounts.filter((a) => a.role === 'total');
  const contract = totals[0] ? field(totals[0].fen, totals[0].span, totals[0].cue) : ABSENT;
  const owed = amounts.filter((a) => a.role === 'owed');
  if (owed.length > 0) {
    const top = Math.max(...owed.map((a) => a.cue));
    const chosen = owed.find((a) => a.cue === top)!;
    const rivals = new Set(owed.filter((a) => a.cue === top).map((a) => a.fen)).size > 1;
    if (rivals) notes.push('文中有多个欠款金额，取第一个');
    if (chosen.approximate) notes.push('欠款金额为约数');
    return { owed: field(chosen.fen, chosen.span, chosen.cue * (rivals ? 0.8 : 1) * (chosen.approximate ? 0.55 : 1)), contract, notes };
  }
  const paid = amounts.filter((a) => a.role === 'paid');
  if (totals.length > 0 && paid.length > 0) {
    const rest = totals[0]!.fen - paid.reduce((s, a) => s + a.fen, 0);
    if (rest > 0) {
      notes.push('欠款金额由合同金额减已付金额算出');
      const span: Span = [totals[0]!.span[0], paid.at(-1)!.span[1]];
      return { owed: field(rest, span, 0.6), contract, notes };
    }
  }
  const unknown = amounts.filter((a) => a.role === 'unknown');
  if (unknown.length > 0) {
    const distinct = new Set(unknown.map((a) => a.fen)).size;
    const a = unknown[0]!;
    return { owed: field(a.fen, a.span, (distinct === 1 ? 0.72 : 0.5) * (a.approximate ? 0.55 : 1)), contract, notes };
  }
  if (totals.length > 0) {
    notes.push('只提到合同金额，未说明欠款金额');
    return { owed: field(totals[0]!.fen, totals[0]!.span, 0.45), contract, notes };
  }
  return { owed: ABSENT, contract, notes };
}

function field(value: number, span: Span, confidence: number): Field<number> {
  return { value, span, confidence: Math.round(confidence * 100) / 100, source: 'cue' };
}
