import { maskPersonName } from '../normalize/mask-person-name.js';
import { maskPhone } from '../normalize/mask-phone.js';
import { maskResidentId } from '../normalize/mask-resident-id.js';
import type { TextPattern } from './load-masking-policy.js';

/** Keeps the last 4 characters of a long number (a bank card), stars the rest. */
function maskDigits(s: string): string {
  return '*'.repeat(Math.max(0, s.length - 4)) + s.slice(-4);
}

function maskMatch(pattern: TextPattern, match: string, name: string | undefined): string {
  switch (pattern.mask) {
    case 'id_number':
      return maskResidentId(match);
    case 'phone':
      return maskPhone(match);
    case 'digits':
      return maskDigits(match);
    case 'person_name':
      // Only the named group is a name; the cue word before it (联系人：) stays readable.
      return name === undefined ? match : match.slice(0, match.length - name.length) + maskPersonName(name);
  }
}

/**
 * Masks the personal data found in free text: the policy's patterns in order (ID numbers before
 * phones, or a phone-shaped run inside an ID would be found first), then the names the same
 * case's records hold wherever the text repeats them. Over-masking is accepted; leaking is not.
 * @example maskFreeText('联系人王小明，电话13812345678', patterns, []) //=> '联系人王**，电话138****5678'
 */
export function maskFreeText(text: string, patterns: readonly TextPattern[], knownNames: readonly string[] = []): string {
  // Full-width digits (１３８…) hide a number from the patterns; fold them, but keep Chinese punctuation.
  let out = text.replace(/[\uFF10-\uFF19\uFF38\uFF58\uFF0B\uFF0D]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  for (const p of patterns) {
    out = out.replace(p.regex, (...args: unknown[]) => {
      const groups = args.at(-1);
      const name = typeof groups === 'object' && groups !== null ? (groups as Record<string, string | undefined>).name : undefined;
      return maskMatch(p, String(args[0]), name);
    });
  }
  const names = [...new Set(knownNames.map((n) => n.normalize('NFKC').trim()).filter((n) => [...n].length >= 2))];
  // Longest first, so 欧阳娜娜 is masked whole before 欧阳 could be.
  for (const n of names.sort((a, b) => b.length - a.length)) out = out.replaceAll(n, maskPersonName(n));
  return out;
}
