import type { Extraction } from './extraction.js';

const LABELS: readonly (readonly [keyof Extraction, string])[] = [
  ['creditor', '债权企业'], ['debtor', '欠款单位'], ['employer', '用人单位'], ['amountFen', '金额'], ['project', '项目'], ['workers', '人数'],
];

/**
 * The order's text with each extracted field bracketed where it was read, so a person sees what the
 * machine saw: 「闵行区教育局」[欠款单位 0.95].
 * @example markSpans('教育局欠我司5万元', { debtor: { span: [0, 3], confidence: 0.9 } } as never) //=> '「教育局」[欠款单位 0.90]欠我司5万元'
 */
export function markSpans(text: string, extraction: Partial<Extraction>): string {
  const marks: { at: number; end: number; label: string; confidence: number }[] = [];
  for (const [field, label] of LABELS) {
    const f = extraction[field] as { span?: readonly [number, number] | null; confidence?: number } | undefined;
    if (f?.span) marks.push({ at: f.span[0], end: f.span[1], label, confidence: f.confidence ?? 0 });
  }
  marks.sort((a, b) => b.at - a.at);
  let out = text;
  let limit = Infinity;
  for (const m of marks) {
    if (m.end > limit || m.at < 0 || m.end > text.length) continue; // overlapping spans: keep the later one
    out = `${out.slice(0, m.at)}「${out.slice(m.at, m.end)}」[${m.label} ${m.confidence.toFixed(2)}]${out.slice(m.end)}`;
    limit = m.at;
  }
  return out;
}
