import { maskPersonName } from '../normalize/mask-person-name.js';
import { maskPhone } from '../normalize/mask-phone.js';
import { maskResidentId } from '../normalize/mask-resident-id.js';
import { findPersonNames } from './find-person-names.js';
import { foldText, toOriginalSpan, type Span } from './fold-text.js';

export type MaskedKind = 'resident_id' | 'mobile' | 'landline' | 'long_number' | 'person_name';

/** One masked stretch: where it was in the original text, where its replacement is in the output. */
export interface MaskedSpan {
  readonly kind: MaskedKind;
  readonly span: Span;
  readonly maskedSpan: Span;
  readonly replacement: string;
}

export interface MaskComplaintTextOptions {
  /** 市民姓名: masked wherever the text repeats it. */
  readonly callerName?: string;
  /** Other names the record holds (a team leader's), masked wherever they appear. */
  readonly knownNames?: readonly string[];
}

export interface MaskedText {
  readonly text: string;
  readonly spans: readonly MaskedSpan[];
}

// Digits may be full-width (folded first) and split by spaces or dashes (138 1234 5678).
const ID = /(?<![\dA-Za-z])\d{6}[ -]?\d{4}[ -]?\d{4}[ -]?\d{3}[\dXx](?![\dA-Za-z])|(?<![\dA-Za-z])\d{15}(?![\dA-Za-z])/gu;
const MOBILE = /(?<!\d)(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d){8}(?!\d)/gu;
const LANDLINE_AREA = /(?<!\d)(?:（0\d{2,3}）|0\d{2,3}[ -])[ ]?[2-9]\d{2,3}[ -]?\d{4}(?!\d)/gu;
// Without an area code only a cue says an 8-digit number is a phone and not an amount or a date.
const LANDLINE_CUED = /(?<=(?:电话|座机|手机|号码|联系方式|致电|拨打|tel|TEL|Tel)[:：]?[ ]?)[2-9]\d{3}[ -]?\d{4}(?![\d万元])/gu;
// Bank cards, and a phone and an ID typed together with nothing between: any run of 11 or more
// digits that is not one of the shapes above keeps only its last 4.
const LONG_DIGITS = /(?<!\d)\d{11,}[Xx]?(?![\dA-Za-z])/gu;

/**
 * Mask the personal data inside a complaint's free text before it goes to the other agency: ID
 * numbers (first 6 and last 4 stay), mobiles (3+4), landlines, long digit runs, the caller's name
 * wherever it appears, and names after cues (联系人/来电人/班组长…). Enterprise names stay. Works
 * on full-width and spaced-out digits; over-masking is accepted, leaking is not.
 * @example maskComplaintText('联系人王小明，电话13812345678', { callerName: '王小明' }).text //=> '联系人王**，电话138****5678'
 */
export function maskComplaintText(text: string, options: MaskComplaintTextOptions = {}): MaskedText {
  const original = typeof text === 'string' ? text : '';
  const folded = foldText(original, { keepSpaces: true });
  const found: { kind: MaskedKind; start: number; end: number; replacement: string }[] = [];
  const take = (kind: MaskedKind, start: number, end: number, replacement: string): void => {
    if (found.some((f) => start < f.end && end > f.start)) return;
    found.push({ kind, start, end, replacement });
  };
  const s = folded.text;
  for (const m of s.matchAll(ID)) take('resident_id', m.index, m.index + m[0].length, maskResidentId(m[0]));
  for (const m of s.matchAll(MOBILE)) take('mobile', m.index, m.index + m[0].length, maskPhone(m[0]));
  for (const pattern of [LANDLINE_AREA, LANDLINE_CUED]) {
    for (const m of s.matchAll(pattern)) take('landline', m.index, m.index + m[0].length, maskLandline(m[0]));
  }
  for (const m of s.matchAll(LONG_DIGITS)) take('long_number', m.index, m.index + m[0].length, `${'*'.repeat(m[0].length - 4)}${m[0].slice(-4)}`);
  for (const p of findPersonNames(s, options.callerName)) take('person_name', p.start, p.end, maskPersonName(p.name.replace(/\s+/gu, '')));
  for (const name of options.knownNames ?? []) {
    const n = typeof name === 'string' ? name.normalize('NFKC').replace(/\s+/gu, '') : '';
    if ([...n].length < 2) continue;
    for (let at = s.indexOf(n); at >= 0; at = s.indexOf(n, at + n.length)) take('person_name', at, at + n.length, maskPersonName(n));
  }
  return rebuild(original, folded, found.sort((a, b) => a.start - b.start));
}

function maskLandline(match: string): string {
  const masked = maskPhone(match);
  if (!/^\**$/u.test(masked)) return masked;
  const digits = match.replace(/\D/gu, '');
  return `${'*'.repeat(Math.max(0, digits.length - 4))}${digits.slice(-4)}`;
}

function rebuild(original: string, folded: ReturnType<typeof foldText>, found: readonly { kind: MaskedKind; start: number; end: number; replacement: string }[]): MaskedText {
  let out = '';
  let cursor = 0;
  const spans: MaskedSpan[] = [];
  for (const f of found) {
    const span = toOriginalSpan(folded, f.start, f.end);
    out += original.slice(cursor, span[0]);
    const at = out.length;
    out += f.replacement;
    spans.push({ kind: f.kind, span, maskedSpan: [at, out.length], replacement: f.replacement });
    cursor = span[1];
  }
  return { text: out + original.slice(cursor), spans };
}
