// Registration documents write brackets full-width; spreadsheets mix in ASCII, square and lenticular
// ones. NFKC runs first, so full-width （） arrive here as ASCII and are turned back.
const OPENING = /[([〔【]/g;
const CLOSING = /[)\]〕】]/g;

// `\s` already covers U+3000 and NBSP; the zero-width characters are pasted in from web pages.
const SPACES = /[\s\u200B-\u200D\u2060\uFEFF]+/g;

/**
 * Fold width variants (NFKC), write every bracket as Chinese full-width （）, trim.
 * Returns '' for anything that is not a string.
 * @example normalizeText(' 华为技术(上海)有限公司ＡＢＣ ') //=> '华为技术（上海）有限公司ABC'
 */
export function normalizeText(s: string): string {
  if (typeof s !== 'string') return '';
  return s.normalize('NFKC').replace(OPENING, '（').replace(CLOSING, '）').trim();
}

/**
 * Remove every whitespace character, including the ideographic space and NBSP.
 * @example stripSpaces('万\u3000 科Ａ') //=> '万科Ａ'
 */
export function stripSpaces(s: string): string {
  if (typeof s !== 'string') return '';
  return s.replace(SPACES, '');
}
