/**
 * Character facts that let DuckDB apply the text rule (NFKC, whitespace collapsed, trimmed) to a
 * string without a JavaScript round trip, derived here from JavaScript's own behaviour so the two
 * cannot drift: the whitespace class is exactly the code points `/\s/` matches, and the safe
 * characters are those whose NFKC form is one code unit and needs no context. A string made only
 * of safe characters normalizes character by character, so `translate` does what `normalize`
 * would; any other string goes to JavaScript.
 */

/** Ranges searched for safe characters: ASCII, Latin-1, punctuation, CJK and full-width forms. */
const RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0d], [0x20, 0x7e], [0xa0, 0xff],
  [0x2000, 0x200a], [0x2010, 0x2027], [0x2028, 0x2029], [0x202f, 0x205f],
  [0x3000, 0x3029], [0x3030, 0x303f], // 302A–302F are combining tone marks
  [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xff01, 0xff5e], [0xffe0, 0xffe6],
];

/**
 * Characters NFKC changes that we let `translate` change too. DuckDB's translate pays for every
 * pair on every row, so only the ones common in Chinese office text; a string holding any other
 * changed character is left to JavaScript.
 */
const TRANSLATED = '，（）：；！？％．／－＋＝［］＃＆＊＠＜＞｛｝＿｜～＂＇０１２３４５６７８９\u3000\u00a0';

/** Translated characters in nearly every Chinese sentence: a translate of just these is cheap. */
const COMMON = '，（）：；！？';

export interface TextShortcutChars {
  /** RE2 class of JavaScript's `\s`. */
  readonly whitespace: string;
  /** The same without the control characters (TAB LF VT FF CR), which JSON text escapes. */
  readonly printableWhitespace: string;
  /** RE2 pattern of a string DuckDB can normalize: safe characters only. */
  readonly safe: string;
  /**
   * RE2 pattern of the simplest such string: runs of safe non-whitespace characters joined by
   * single ASCII spaces. Its normal form is `translate` alone, as nothing maps to whitespace.
   */
  readonly simple: string;
  /** The same, with no changed character but the common ones: `translate` of those alone normalizes it. */
  readonly plain: string;
  /** RE2 class of the characters `translate` changes. */
  readonly changed: string;
  /** The few changed characters almost every Chinese text has (，（）：；！？), and the class of the others. */
  readonly commonFrom: string;
  readonly commonTo: string;
  readonly commonChanged: string;
  readonly rare: string;
  /** `translate(s, from, to)` arguments: each character and its NFKC form. */
  readonly from: string;
  readonly to: string;
}

let cached: TextShortcutChars | undefined;

/** @example textShortcutChars().whitespace.startsWith('[\\x{9}-\\x{d}') //=> true */
export function textShortcutChars(): TextShortcutChars {
  if (cached) return cached;
  const whitespace: number[] = [];
  for (let cp = 0; cp <= 0xffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (/\s/.test(String.fromCharCode(cp))) whitespace.push(cp);
  }
  const translated = new Set(TRANSLATED);
  const isSpace = new Set(whitespace);
  const safe: number[] = [];
  const changed: number[] = [];
  let from = '';
  let to = '';
  for (const [lo, hi] of RANGES) {
    for (let cp = lo; cp <= hi; cp++) {
      const ch = String.fromCharCode(cp);
      const n = ch.normalize('NFKC');
      if (n.length !== 1 || n.normalize('NFKC') !== n) continue;
      if (n !== ch) {
        if (!translated.has(ch)) continue;
        from += ch;
        to += n;
        changed.push(cp);
      }
      safe.push(cp);
    }
  }
  const wordChars = safe.filter((cp) => !isSpace.has(cp) && !isSpace.has(String.fromCharCode(cp).normalize('NFKC').charCodeAt(0)));
  const word = re2Class(wordChars);
  const plainWord = re2Class(wordChars.filter((cp) => !changed.includes(cp) || COMMON.includes(String.fromCharCode(cp))));
  cached = {
    whitespace: re2Class(whitespace),
    printableWhitespace: re2Class(whitespace.filter((cp) => cp >= 0x20)),
    safe: `${re2Class(safe)}*`,
    simple: `${word}+(?: ${word}+)*`,
    plain: `${plainWord}+(?: ${plainWord}+)*`,
    changed: re2Class(changed),
    commonFrom: COMMON,
    commonTo: COMMON.normalize('NFKC'),
    commonChanged: re2Class([...COMMON].map((ch) => ch.charCodeAt(0))),
    rare: re2Class(changed.filter((cp) => !COMMON.includes(String.fromCharCode(cp)))),
    from,
    to,
  };
  return cached;
}

/** Code points as a compact RE2 class: '[\x{9}-\x{d}\x{20}…]'. */
function re2Class(codePoints: readonly number[]): string {
  const hex = (cp: number) => `\\x{${cp.toString(16)}}`;
  const parts: string[] = [];
  for (let i = 0; i < codePoints.length; ) {
    let j = i;
    while (j + 1 < codePoints.length && codePoints[j + 1] === codePoints[j]! + 1) j++;
    parts.push(i === j ? hex(codePoints[i]!) : `${hex(codePoints[i]!)}-${hex(codePoints[j]!)}`);
    i = j + 1;
  }
  return `[${parts.join('')}]`;
}
