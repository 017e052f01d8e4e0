/**
 * Text folded for matching, with a map from every folded code unit back to the original text.
 * Folding: NFKC per character (full-width → half-width), every bracket to （）, whitespace and
 * zero-width characters dropped. Chinese has no spaces between words, so a stray space inside a
 * name (上海 宏达) is noise, and dropping it lets one pass match what the caller meant.
 */
export interface FoldedText {
  readonly original: string;
  readonly text: string;
  /** Original offset where folded unit i starts / ends (exclusive). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** A half-open range [start, end) of UTF-16 units in the original text. */
export type Span = readonly [number, number];

const OPEN = new Set(['(', '[', '〔', '【']);
const CLOSE = new Set([')', ']', '〕', '】']);
const SKIP = /^[\s\u200B-\u200D\u2060\uFEFF]+$/u;

// CJK Unified Ideographs and printable ASCII other than space and brackets are NFKC-stable: they
// skip normalize(), which is the slow part when 100,000 texts go through.
function stable(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code > 0x20 && code < 0x7f && code !== 0x28 && code !== 0x29 && code !== 0x5b && code !== 0x5d);
}

export interface FoldTextOptions {
  /** Keep whitespace (as one ' ' per character): digit groups of a phone number must stay apart from their neighbours. */
  readonly keepSpaces?: boolean;
}

// NFKC of a single character, memoised: texts repeat the same few hundred non-CJK characters.
const FOLDED = new Map<string, string>();

function foldChar(ch: string): string {
  let f = FOLDED.get(ch);
  if (f === undefined) {
    const n = ch.normalize('NFKC');
    f = SKIP.test(n) ? '' : [...n].map((c) => (OPEN.has(c) ? '（' : CLOSE.has(c) ? '）' : c)).join('');
    if (FOLDED.size < 100_000) FOLDED.set(ch, f);
  }
  return f;
}

/**
 * Fold a text for matching and keep the way back to the original offsets.
 * @example foldText('上海 宏达（ＡＢＣ）').text //=> '上海宏达（ABC）'
 */
export function foldText(original: string, options: FoldTextOptions = {}): FoldedText {
  const keepSpaces = options.keepSpaces === true;
  const source = typeof original === 'string' ? original : '';
  let starts = new Int32Array(source.length + 8);
  let ends = new Int32Array(source.length + 8);
  let n = 0;
  let text = '';
  let run = 0; // start of the current run of characters copied as they are
  const grow = (): void => {
    const s2 = new Int32Array(starts.length * 2);
    const e2 = new Int32Array(ends.length * 2);
    s2.set(starts);
    e2.set(ends);
    starts = s2;
    ends = e2;
  };
  for (let i = 0; i < source.length; ) {
    const code = source.charCodeAt(i);
    if (stable(code)) {
      if (n === starts.length) grow();
      starts[n] = i;
      ends[n++] = i + 1;
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < source.length ? 2 : 1;
    const ch = source.slice(i, i + width);
    const folded = foldChar(ch);
    if (folded === ch) {
      for (let k = 0; k < width; k++) {
        if (n === starts.length) grow();
        starts[n] = i;
        ends[n++] = i + width;
      }
      i += width;
      continue;
    }
    text += source.slice(run, i);
    const kept = folded === '' && keepSpaces ? ' ' : folded;
    text += kept;
    for (let k = 0; k < kept.length; k++) {
      if (n === starts.length) grow();
      starts[n] = i;
      ends[n++] = i + width;
    }
    i += width;
    run = i;
  }
  text += source.slice(run);
  return { original: source, text, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/**
 * The original-text span of the folded range [start, end).
 * @example toOriginalSpan(foldText('上海 宏达'), 0, 4) //=> [0, 5]
 */
export function toOriginalSpan(folded: FoldedText, start: number, end: number): Span {
  if (end <= start || start >= folded.text.length) {
    const at = start < folded.starts.length ? folded.starts[Math.max(0, start)]! : folded.original.length;
    return [at, at];
  }
  return [folded.starts[Math.max(0, start)]!, folded.ends[Math.min(end, folded.text.length) - 1]!];
}
