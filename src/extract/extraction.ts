import type { ParsedDate } from '../normalize/parse-date.js';
import type { Span } from './fold-text.js';

/** Where a value came from: a dictionary name, a name pattern (…有限公司), or a cue word in the sentence. */
export type FieldSource = 'dictionary' | 'pattern' | 'cue';

/**
 * One extracted value. `span` is a half-open range in the ORIGINAL text; value, span and source
 * are null when nothing was found. Confidence is 0..1; below REVIEW_THRESHOLD a person checks it.
 */
export interface Field<T> {
  readonly value: T | null;
  readonly span: Span | null;
  readonly confidence: number;
  readonly source: FieldSource | null;
}

/** An enterprise or body as named in a text. */
export interface EnterpriseValue {
  /** The legal name if the dictionary knew it (with a branch's own ending kept), else the name as written, cleaned. */
  readonly name: string;
  /** The folded text that named it (a short name, a name with spaces or full-width letters …). */
  readonly written: string;
  readonly entityId: string | null;
}

export type ComplaintKind = 'sme_arrears' | 'wage_arrears' | 'other';

/** What a complaint's free text says: who owes whom, how much, for what; or why it is not an arrears matter. */
export interface Extraction {
  readonly kind: ComplaintKind;
  readonly kindConfidence: number;
  /** Why the kind was chosen, in the users' words (e.g. '消费纠纷（退款/押金），不属于拖欠中小企业账款'). */
  readonly reason: string;
  /** SME arrears: the enterprise owed money (usually the caller's). */
  readonly creditor: Field<EnterpriseValue>;
  /** SME arrears: the body or enterprise that owes it. */
  readonly debtor: Field<EnterpriseValue>;
  /** Wage arrears: the employer that owes the workers. */
  readonly employer: Field<EnterpriseValue>;
  /** The amount owed, in fen (not a contract total, not an amount already paid). */
  readonly amountFen: Field<number>;
  readonly contractAmountFen: Field<number>;
  /** 工程款, 货款, 服务款, 保证金, 工资, 其他 … */
  readonly arrearsType: Field<string>;
  readonly project: Field<string>;
  readonly workers: Field<number>;
  readonly dates: readonly Field<ParsedDate>[];
  /** Other enterprises named in passing (a general contractor, a supervisor), not parties. */
  readonly others: readonly Field<EnterpriseValue>[];
  /** Remarks for the reviewer (an approximate count, an amount computed from total minus paid). */
  readonly notes: readonly string[];
}

/** A field with nothing in it. */
export const ABSENT: Field<never> = { value: null, span: null, confidence: 0, source: null };
