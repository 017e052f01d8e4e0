import type { Extraction, Field } from './extraction.js';

/** Below this confidence a field, or the kind, goes to a person to check. */
export const REVIEW_THRESHOLD = 0.7;

const REQUIRED = {
  sme_arrears: ['creditor', 'debtor', 'amountFen'],
  wage_arrears: ['employer', 'amountFen', 'workers'],
  other: [],
} as const;
const FIELDS = ['creditor', 'debtor', 'employer', 'amountFen', 'contractAmountFen', 'arrearsType', 'project', 'workers'] as const;

/**
 * The fields a person should check: the kind if unsure, a field found with low confidence, and a
 * field the kind needs (an SME complaint's debtor, a wage complaint's employer) that is missing.
 * @example needsReview(extractComplaint('某单位欠我们钱', { dictionary })) //=> ['kind', 'creditor', 'debtor', 'amountFen']
 */
export function needsReview(extraction: Extraction): string[] {
  const out: string[] = [];
  if (extraction.kindConfidence < REVIEW_THRESHOLD) out.push('kind');
  const required: readonly string[] = REQUIRED[extraction.kind] ?? [];
  for (const name of FIELDS) {
    const f: Field<unknown> = extraction[name];
    const missing = f.value === null && required.includes(name);
    const unsure = f.span !== null && f.confidence < REVIEW_THRESHOLD;
    if (missing || unsure) out.push(name);
  }
  extraction.dates.forEach((d, i) => {
    if (d.confidence < REVIEW_THRESHOLD) out.push(`dates[${i}]`);
  });
  return out;
}
