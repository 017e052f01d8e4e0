/** A header cell reduced to what matching needs, with the unit it carried (欠款金额（万元） → 万元). */
export interface NormalizedHeader {
  readonly text: string;
  /** The same text with bracketed asides removed: 所在街道（镇） → 所在街道. */
  readonly bare: string;
  readonly unit: '元' | '万元' | '亿元' | null;
}

const UNIT_IN_BRACKETS = /[（(]\s*(?:单位[:：]?\s*)?(万元|亿元|元)\s*[)）]/;

/**
 * Normalises a header cell: NFKC, no whitespace or line breaks, no required marks (* ※ ★),
 * unit suffix taken out and returned.
 * @example normalizeHeader('欠款金额\n（万元）*') //=> { text: '欠款金额', bare: '欠款金额', unit: '万元' }
 */
export function normalizeHeader(value: unknown): NormalizedHeader {
  let text = cellText(value).normalize('NFKC').replace(/[\s*※★△▲]/g, '');
  let unit: NormalizedHeader['unit'] = null;
  const m = UNIT_IN_BRACKETS.exec(text);
  if (m) {
    unit = m[1] as NormalizedHeader['unit'];
    text = text.replace(m[0], '');
  }
  text = text.replace(/[(]/g, '（').replace(/[)]/g, '）').replace(/[:]/g, '：');
  const bare = text.replace(/（[^）]*）/g, '').replace(/^其中：/, '');
  return { text, bare, unit };
}

/** A cell as text for header and row-kind checks; dates and numbers as written. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
